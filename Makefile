# cvpress — the two commands a newcomer needs are `make pdf` and `make test`.
SHELL := /bin/bash
MVN   ?= mvn -B -q
# Short runs (a batch of CVs) start faster on bin/cvpress's JVM options (C1 alone, the serial collector; see the file).
JAVA_FLAGS ?= @bin/jvm.options
JAVA  ?= java $(JAVA_FLAGS)
STYLE ?= academic
JAR   := target/cvpress.jar
JSA   := target/cvpress.jsa
SOURCES := pom.xml $(shell find src/main styles fonts -type f 2>/dev/null)

.PHONY: build pdf import test tools golden bench docs fuzz clean

build: $(JAR) $(JSA)

$(JAR): $(SOURCES)
	$(MVN) -DskipTests package
	@touch $(JAR)

# The class-data-sharing archive bin/cvpress maps at start-up: one static archive of the JDK's and cvpress's classes
# (parsed, verified, with lambda forms and interned strings), listed from training runs of what users run: --help,
# render in every built-in style to PDF and PNG, check, import, validate, styles. Each training run that fails is
# left out. The archive is written under another name and moved into place whole. A static archive, not a dynamic
# one: this JVM skips a truncated static archive but crashes on a truncated dynamic one. cvpress runs without it,
# only slower. The archive names the jar by its absolute path, as bin/cvpress does: dumped with a relative one, it
# was used only when cvpress ran from the checkout's root. The new archive must then serve bin/cvpress from another
# directory (-Xshare:on makes the JVM fail rather than run without it), or it is dropped with the warning.
CDS_TRAIN := target/cds-training
$(JSA): $(JAR)
	@rm -rf $(JSA) $(CDS_TRAIN) && mkdir -p $(CDS_TRAIN)
	@n=0; train() { n=$$((n + 1)); java -Xshare:off -XX:DumpLoadedClassList=$(CDS_TRAIN)/$$n.classes \
	    -jar $(JAR) "$$@" >/dev/null 2>&1 || rm -f $(CDS_TRAIN)/$$n.classes; }; \
	  train --help; \
	  train render --style all --format pdf,png --dpi 60 -o $(CDS_TRAIN)/out seeds/john-doe-rendercv.yaml; \
	  train render -o $(CDS_TRAIN)/out seeds/rochester-phd-ml-engineer.yaml; \
	  train check $(CDS_TRAIN)/out/john-doe-rendercv-academic.pdf; \
	  train import -d $(CDS_TRAIN)/import seeds/uw-systems-phd.txt; \
	  train validate seeds/uw-systems-phd.yaml; \
	  train styles
	@cat $(CDS_TRAIN)/*.classes 2>/dev/null | sed 's/ id: [0-9]*$$//' | awk '!seen[$$0]++' > $(CDS_TRAIN)/classes.txt
	@java -Xshare:dump -XX:SharedClassListFile=$(CDS_TRAIN)/classes.txt -XX:SharedArchiveFile=$(JSA).tmp \
	    -cp $(CURDIR)/$(JAR) > $(CDS_TRAIN)/dump.log 2>&1 \
	  && mv $(JSA).tmp $(JSA) \
	  && (cd / && CVPRESS_JAVA_OPTS=-Xshare:on $(CURDIR)/bin/cvpress --version) >> $(CDS_TRAIN)/dump.log 2>&1 \
	  || { rm -f $(JSA).tmp $(JSA); echo "no class-data-sharing archive (see $(CDS_TRAIN)/dump.log): cvpress will start slower" >&2; }

# Render every seeds/*.yaml into out/ in $(STYLE), all in one JVM (bin/cvpress: the jar with its archive).
pdf: build
	bin/cvpress render --style $(STYLE) -o out seeds/*.yaml

# Re-import every seeds/*.txt into seeds/*.yaml next to it; read the diff (git diff seeds) before committing.
# (The import tests compare seeds/*.yaml with the importer's output byte for byte.)
import: $(JAR)
	$(JAVA) -jar $(JAR) import -d seeds seeds/*.txt

# The text-layer tests also read PDFs back with poppler's pdftotext; install it when it is missing.
# `verify` runs the unit tests, packages the jar, then the integration tests (*IT) on it: LauncherIT runs bin/cvpress.
test: tools
	mvn -B -ntp verify

tools:
	@command -v pdftotext >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; \
	  else \
	    echo "make test needs pdftotext: install poppler-utils (e.g. sudo apt-get install poppler-utils)" >&2; exit 1; \
	  fi; }

# Rewrite the expected PDF texts under src/test/resources/golden/ from the current renderer.
# Read the diff (git diff src/test/resources/golden) before committing it.
golden:
	$(MVN) test -Dcvpress.golden.update=true -Dtest='*Golden*' -Dsurefire.failIfNoSpecifiedTests=false
	@git --no-pager diff --stat -- src/test/resources/golden || true

# One table of speed and memory figures against the targets of issue #7 (a few minutes; see bench/bench.sh).
bench: build
	@JAVA_FLAGS="$(JAVA_FLAGS)" bash bench/bench.sh

# The README's pictures: the first page of the RenderCV example in each built-in style, drawn by cvpress.
docs: $(JAR)
	@mkdir -p docs/styles
	@for s in $$(grep -v "^#" styles/builtins.txt); do \
	  $(JAVA) -jar $(JAR) render --style $$s --format png --dpi 60 -o target/docs seeds/john-doe-rendercv.yaml >/dev/null && \
	  cp target/docs/john-doe-rendercv-$$s-1.png docs/styles/$$s.png && echo docs/styles/$$s.png; \
	done

# Coverage-guided fuzzing (Jazzer): each fuzz test in its own JVM for $(FUZZ_TIME). Inputs that fail are saved
# under src/test/resources/cvpress/**/*FuzzTestInputs/ (fix the bug, keep the input: make test replays it);
# inputs that reach new code collect in .cifuzz-corpus/.
FUZZ_TIME ?= 10m
FUZZ_TESTS ?= cvpress.model.CvLoaderFuzzTest\#loadsOrReportsLocatedErrors \
	cvpress.render.InlineMarkdownFuzzTest\#htmlIsSafeAndReadsAsThePlainText \
	cvpress.importer.CvImporterFuzzTest\#importedTextLoadsBackAsTheSameRecord \
	cvpress.importer.CvImporterFuzzTest\#cleanedLineIsOneStrippedLine \
	cvpress.importer.CvImporterFuzzTest\#pdfImportGivesARecordOrAnIoError
fuzz:
	@failed=0; for t in $(FUZZ_TESTS); do \
	  echo "fuzzing $$t for $(FUZZ_TIME) (log: target/surefire-reports/*-output.txt)"; \
	  JAZZER_FUZZ=1 mvn -B -ntp test -Dtest="$$t" -Djazzer.max_duration=$(FUZZ_TIME) \
	    -Dsurefire.failIfNoSpecifiedTests=false || failed=1; \
	done; exit $$failed

clean:
	rm -rf target out
