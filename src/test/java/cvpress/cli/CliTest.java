package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run cvpress(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static final String GOOD = """
            cv:
              name: Jane Roe
              email: jane@example.org
              sections:
                Experience:
                  - company: Acme
                    position: Engineer
                    start_date: 2020-01
                    end_date: present
            settings:
              current_date: 2026-01-15
            """;

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    List<Path> filesIn(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        Run v = cvpress("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().matches("cvpress \\d+\\.\\d+\\.\\d+\\R"), v.out());
        for (String cmd : List.of("render", "validate", "import", "check", "styles", "new")) {
            Run h = cvpress(cmd, "--help");
            assertEquals(0, h.code(), cmd);
            assertTrue(h.out().contains("Usage: cvpress " + cmd), h.out());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        Run r = cvpress("render", "--no-such-option", "x.yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cvpress: Unknown option: '--no-such-option'"), r.err());
        assertEquals(2, cvpress().code());
        assertEquals(2, cvpress("render").code());
        assertEquals(2, cvpress("render", "--format", "docx", "x.yaml").code());
        assertEquals(2, cvpress("frobnicate").code());
    }

    @Test
    void helpListsEveryOptionOfACommandWithItsDefault() {
        Run h = cvpress("help", "render");
        assertEquals(0, h.code(), h.err());
        assertEquals(h.out(), cvpress("render", "-h").out());
        for (String option : List.of("-s,--style=<NAME|DIR>", "--watch", "-f,--format=<FORMAT>", "-o,--output=<DIR>",
                "-j,--jobs=<N>", "--dpi=<DPI>", "--set=<design.KEY=VALUE>", "--no-pdfa", "--embed-source",
                "--max-input-size=<SIZE>", "--max-pages=<N>", "--timeout=<TIME>", "--verbose", "-h,--help",
                "-V,--version")) {
            assertTrue(h.out().contains(option), option + " in:\n" + h.out());
        }
        for (String byDefault : List.of("Default: pdf.", "Default: out.", "Default: 100.", "Default: 50.",
                "Default: 30s.", "Default: 5MB.")) {
            assertTrue(h.out().replaceAll("\\s+", " ").contains(byDefault), byDefault + " in:\n" + h.out());
        }
        Run top = cvpress("--help");
        for (String cmd : List.of("render", "validate", "import", "check", "styles", "new", "help")) {
            assertTrue(top.out().contains("\n  " + cmd + " "), cmd + " in:\n" + top.out());
        }
        Run stylesNew = cvpress("help", "styles", "new");
        assertEquals(0, stylesNew.code());
        assertTrue(stylesNew.out().startsWith("Usage: cvpress styles new [OPTIONS] NAME"), stylesNew.out());
        assertTrue(cvpress("styles", "--help").out().contains("Commands:\n  new "), cvpress("styles", "--help").out());
        Run version = cvpress("check", "-V");
        assertEquals(cvpress("--version").out(), version.out());
    }

    @Test
    void usageErrorsSayWhatIsWrongAndSuggestTheNearestName() {
        Run r = cvpress("rendr", "x.yaml");
        assertEquals(2, r.code());
        assertEquals("cvpress: unknown command 'rendr'; did you mean 'render'?\n"
                + "Try 'cvpress --help' for more information.\n", r.err());
        r = cvpress("render", "x.yaml", "--stlye", "academic");
        assertEquals("cvpress: Unknown option: '--stlye'; did you mean '--style'?\n"
                + "Try 'cvpress render --help' for more information.\n", r.err());
        r = cvpress("render", "x.yaml", "--sty");
        assertTrue(r.err().startsWith("cvpress: Unknown option: '--sty'"), "no abbreviations: " + r.err());
        r = cvpress("render", "x.yaml", "-o", "a", "-o", "b");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cvpress: option '--output' should be given only once, not 2 times\n"), r.err());
        r = cvpress("render", "x.yaml", "--watch=yes");
        assertTrue(r.err().startsWith("cvpress: option '--watch' takes no value, not 'yes'\n"), r.err());
        r = cvpress("render", "x.yaml", "--output");
        assertTrue(r.err().startsWith("cvpress: option '--output' needs a value (DIR)\n"), r.err());
        r = cvpress("render", "x.yaml", "--jobs", "many");
        assertTrue(r.err().startsWith("cvpress: Invalid value for option '--jobs': 'many' is not a whole number\n"),
                r.err());
        r = cvpress("render", "x.yaml", "--dpi=5");
        assertTrue(r.err().startsWith("cvpress: --dpi must be between 10 and 1200, not 5.0\n"), r.err());
        r = cvpress("check");
        assertEquals("cvpress: missing FILE.pdf: cvpress check takes one FILE.pdf\n"
                + "Try 'cvpress check --help' for more information.\n", r.err());
        r = cvpress("new", "a.yaml", "b.yaml");
        assertTrue(r.err().startsWith("cvpress: unexpected argument 'b.yaml' (cvpress new takes at most one FILE)\n"),
                r.err());
        r = cvpress("styles", "neww");
        assertTrue(r.err().startsWith("cvpress: unexpected argument 'neww' (cvpress styles takes no parameters; "
                + "its commands: new)\n"), r.err());
        assertEquals(2, cvpress("help", "nope").code());
    }

    @Test
    void optionsMayFollowTheFilesAndRepeatableOnesAddUp() throws IOException {
        Path cv = write("jane.yaml", GOOD);
        Path out = dir.resolve("out");
        Run r = cvpress("render", cv.toString(), "--format", "pdf", "-f", "html", "--output=" + out, "--set",
                "design.page.size=us-letter", "--set", "design.colors.accent=#8b0000");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("jane-academic.html", "jane-academic.pdf"),
                filesIn(out).stream().map(p -> p.getFileName().toString()).toList());
        String html = Files.readString(out.resolve("jane-academic.html"));
        assertTrue(html.toLowerCase().contains("#8b0000"), "the second --set is applied too");
    }

    @Test
    void rendersPdfHtmlAndPngWithDefaultNames() throws IOException {
        Path cv = write("jane.yaml", GOOD);
        Path out = dir.resolve("out");
        Run r = cvpress("render", cv.toString(), "-o", out.toString(), "--format", "pdf,html,png");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("cvpress: rendered 1 file (3 outputs)"), r.err());
        assertEquals(List.of("jane-academic-1.png", "jane-academic.html", "jane-academic.pdf"),
                filesIn(out).stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(new String(Files.readAllBytes(out.resolve("jane-academic.pdf")), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        byte[] png = Files.readAllBytes(out.resolve("jane-academic-1.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        String html = Files.readString(out.resolve("jane-academic.html"));
        assertTrue(html.contains("Jane Roe") && html.toLowerCase().contains("<!doctype html>"), html);
    }

    @Test
    void outputsAreReadableByOthersAndLeaveNoTemporaryFiles() throws IOException {
        Path cv = write("cv.yaml", GOOD);
        Path out = dir.resolve("out");
        assertEquals(0, cvpress("render", cv.toString(), "-o", out.toString()).code());
        assertEquals(List.of(out.resolve("cv-academic.pdf")), filesIn(out));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("cv-academic.pdf"))));
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path good = write("good.yaml", GOOD);
        Path bad = write("bad.yaml", GOOD.replace("2020-01", "2020-13"));
        Path good2 = write("good2.yaml", GOOD.replace("Jane", "John"));
        Path out = dir.resolve("out");
        Run r = cvpress("render", "--jobs", "2", good.toString(), bad.toString(), good2.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":8:"), r.err());
        assertTrue(r.err().contains("cvpress: 1 of 3 files failed; 2 outputs written"), r.err());
        assertEquals(List.of("good-academic.pdf", "good2-academic.pdf"),
                filesIn(out).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void failedRenderLeavesExistingOutputUntouched() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path existing = Files.writeString(out.resolve("cv-academic.pdf"), "previous good render");
        Path cv = write("cv.yaml", GOOD.replace("position: Engineer", "positon: Engineer"));
        Run r = cvpress("render", cv.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertEquals("previous good render", Files.readString(existing));
        assertEquals(List.of(existing), filesIn(out));
    }

    @Test
    void unwritableOutputDirectoryIsReportedWithoutTrace() throws IOException {
        Path blocker = write("blocker", "a file, not a directory");
        Path cv = write("cv.yaml", GOOD);
        Run r = cvpress("render", cv.toString(), "-o", blocker.resolve("sub").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(cv + ": error: cannot write to " + blocker.resolve("sub")), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("a file, not a directory", Files.readString(blocker));
    }

    @Test
    void unknownAndEscapingStyleNamesAreRefused() throws IOException {
        Path cv = write("cv.yaml", GOOD);
        Run unknown = cvpress("render", "--style", "fancy", cv.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("fancy") && unknown.err().contains("academic"), unknown.err());
        Run escape = cvpress("render", "--style", "../../etc", cv.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, escape.code());
        assertTrue(escape.err().contains("../../etc"), escape.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void sameOutputNameTwiceIsRefusedNotClobbered() throws IOException {
        Path a = write("cv.yaml", GOOD);
        Path b = Files.createDirectories(dir.resolve("other")).resolve("cv.yaml");
        Files.writeString(b, GOOD.replace("Jane", "Other"));
        Path out = dir.resolve("out");
        Run r = cvpress("render", "--jobs", "1", a.toString(), b.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(b + ": error: its outputs would overwrite those of " + a), r.err());
    }

    @Test
    void validateReportsLocatedProblemsAndCounts() throws IOException {
        Path good = write("good.yaml", GOOD);
        Run ok = cvpress("validate", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals(good + ": ok (1 section, 1 entry)" + System.lineSeparator(), ok.out());
        Path bad = write("bad.yaml", GOOD.replace("email: jane@example.org", "emial: jane@example.org"));
        Run r = cvpress("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(bad + ":3:3: error: cv"), r.err());
        assertTrue(r.err().contains("email"), r.err());
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageErrorForRenderAndCheck() throws Exception {
        Path cv = write("cv.yaml", GOOD);
        Path out = dir.resolve("out");
        assertEquals(0, cvpress("render", cv.toString(), "-o", out.toString()).code());
        Path pdf = out.resolve("cv-academic.pdf");
        byte[] before = Files.readAllBytes(pdf);
        for (List<String> args : List.of(List.of("render", cv.toString(), "-o", out.toString()),
                List.of("check", pdf.toString(), "--cv", cv.toString()))) {
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Main.class.getName()));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("SOURCE_DATE_EPOCH", "last tuesday");
            Process p = pb.start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(2, p.exitValue(), err);
            assertTrue(err.startsWith("cvpress: SOURCE_DATE_EPOCH must be a number of seconds since 1970, not 'last tuesday'"),
                    err);
            assertFalse(err.contains("internal error") || err.contains("\tat "), err);
        }
        assertArrayEquals(before, Files.readAllBytes(pdf));
    }

    @Test
    void stylesListsTheBuiltIns() {
        Run r = cvpress("styles");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("academic "), r.out());
    }

    @Test
    void newWritesAStarterThatValidatesAndRendersAndNeverOverwrites() throws IOException {
        Path cv = dir.resolve("starter.yaml");
        assertEquals(0, cvpress("new", cv.toString()).code());
        Run v = cvpress("validate", cv.toString());
        assertEquals(0, v.code(), v.err());
        Run r = cvpress("render", cv.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        Files.writeString(cv, "mine");
        Run again = cvpress("new", cv.toString());
        assertEquals(1, again.code());
        assertEquals("mine", Files.readString(cv));
        Run stdout = cvpress("new");
        assertEquals(0, stdout.code());
        assertTrue(stdout.out().startsWith("# A starter CV for cvpress."), stdout.out());
    }

    static String longCv(String design) {
        StringBuilder cv = new StringBuilder("cv:\n  name: Jane Roe\n  sections:\n    Experience:\n");
        for (int i = 0; i < 40; i++) {
            cv.append("      - company: Company ").append(i).append("\n        position: Engineer\n")
                    .append("        date: \"20").append(10 + i % 15).append("\"\n        highlights:\n")
                    .append("          - Built a thing that mattered to a great many people\n")
                    .append("          - Made another thing faster by a large factor\n");
        }
        cv.append("    Teaching:\n      - bullet: Taught a course\n");
        return cv + "design:\n" + design + "settings:\n  current_date: 2026-01-15\n";
    }

    @Test
    void renderSaysWhatTheOnePageFitChanged() throws IOException {
        Path cv = write("long.yaml", longCv("  style: one-page\n"));
        Run r = cvpress("render", cv.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(cv + ": one-page: fitted on 1 page at 9 pt (spacing tightened, line height "
                + "reduced); left out "), r.err());
        assertTrue(r.err().matches("(?s).*left out \\d+ of 40 Experience\\R.*"), r.err());
        Path short_ = write("short.yaml", GOOD);
        Run untouched = cvpress("render", "--style", "one-page", short_.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, untouched.code(), untouched.err());
        assertFalse(untouched.err().contains("fitted"), untouched.err());
    }

    @Test
    void fitLimitsCanBeSetFromTheCommandLine() throws IOException {
        Path cv = write("long.yaml", longCv("  style: one-page\n"));
        Run r = cvpress("render", cv.toString(), "-o", dir.resolve("out").toString(),
                "--set", "design.fit.keep_sections=[Experience, Teaching]", "--set", "design.fit.max_entries=40");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("relax design.fit.keep_sections (Experience, Teaching), design.fit.max_entries "
                + "(40)"), r.err());
    }

    @Test
    void aCvThatCannotFitOnOnePageFailsWithWhatToRelax() throws IOException {
        Path cv = write("long.yaml", longCv("  style: one-page\n  fit:\n    keep_sections: [Experience]\n"
                + "    max_entries: 40\n"));
        Path out = dir.resolve("out");
        Run r = cvpress("render", cv.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(cv + ": error: does not fit on 1 page: condensed as far as allowed, at 9 pt, it "
                + "is still "), r.err());
        assertTrue(r.err().contains("relax design.fit.keep_sections (Experience), design.fit.max_entries (40)"),
                r.err());
        assertEquals(List.of(), filesIn(out));
    }

    @Test
    void setOverridesADesignValueAndIsCheckedLikeTheYaml() throws Exception {
        Path cv = write("cv.yaml", GOOD);
        Path out = dir.resolve("out");
        Run r = cvpress("render", cv.toString(), "-o", out.toString(), "--style", "industry",
                "--set", "design.page.size=us-letter", "--set", "design.page.top_margin=1in");
        assertEquals(0, r.code(), r.err());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("cv-industry.pdf").toFile())) {
            assertEquals(612, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(792, pdf.getPage(0).getMediaBox().getHeight(), 0.5);
        }
        Run bad = cvpress("render", cv.toString(), "-o", dir.resolve("bad").toString(),
                "--set", "design.page.size=a3", "--set", "design.page.szie=a4", "--set", "design.colors.accent=blu");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("--set: error: design.page.size: page size 'a3' is not supported; use a4 or "
                + "us-letter"), bad.err());
        assertTrue(bad.err().contains("--set: error: design.page.szie: unknown key 'szie'; did you mean 'size'?"),
                bad.err());
        assertTrue(bad.err().contains("--set: error: design.colors.accent: \"blu\" is not a colour"), bad.err());
        assertEquals(List.of(), filesIn(dir.resolve("bad")));
        Run style = cvpress("render", cv.toString(), "-o", dir.resolve("styled").toString(),
                "--set", "design.style=one-page");
        assertEquals(0, style.code(), style.err());
        assertTrue(Files.exists(dir.resolve("styled").resolve("cv-one-page.pdf")));
        Run validate = cvpress("validate", cv.toString(), "--set", "design.page.size=a3");
        assertEquals(1, validate.code());
        assertTrue(validate.err().contains("--set: error: design.page.size: page size 'a3' is not supported"),
                validate.err());
        Run malformed = cvpress("render", cv.toString(), "--set", "page.size=a4");
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().contains("--set takes design.KEY=VALUE"), malformed.err());
    }

    @Test
    void aStyleMadeWithStylesNewAndEditedRenders() throws Exception {
        Path styles = dir.resolve("styles");
        Run made = cvpress("styles", "new", "mine", "--from", "industry", "--into", styles.toString());
        assertEquals(0, made.code(), made.err());
        Path mine = styles.resolve("mine");
        assertTrue(Files.readString(mine.resolve("style.yaml")).startsWith("name: mine\n"));
        assertTrue(Files.exists(mine.resolve("entry-experience.mustache")), "partials are copied");
        assertTrue(Files.exists(mine.resolve("highlights.mustache")), "partials of partials are copied");
        String yaml = Files.readString(mine.resolve("style.yaml"));
        Files.writeString(mine.resolve("style.yaml"), yaml.replace("accent: \"#0b5394\"", "accent: \"#aa0000\"")
                .replace("font_size: 9.5pt", "font_size: 11pt")
                .replaceFirst("honours: \\[.*]", "honours: [page.size, typography.font_size]"));
        Path cv = write("cv.yaml", GOOD);
        Path out = dir.resolve("out");
        Run r = cvpress("render", cv.toString(), "--style", mine.toString(), "-f", "pdf,html", "-o", out.toString(),
                "--set", "design.colors.accent=#00aa00");
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("cv-mine.html"));
        assertTrue(html.contains("--accent-color: #aa0000;") && html.contains("--font-size: 11pt;"), html);
        assertTrue(r.err().contains(cv + ": warning: mine: the style ignores design.colors.accent (it honours "
                + "page.size, typography.font_size)"), r.err());
        assertTrue(Files.size(out.resolve("cv-mine.pdf")) > 1000);
        Run again = cvpress("styles", "new", "mine", "--into", styles.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists; not overwriting it"), again.err());
        assertEquals(1, cvpress("styles", "new", "industry", "--into", styles.toString()).code());
    }

    @Test
    void aBrokenUserStyleFailsWithTheFileAndLine() throws Exception {
        Path styles = dir.resolve("styles");
        assertEquals(0, cvpress("styles", "new", "broken", "--into", styles.toString()).code());
        Path partial = styles.resolve("broken").resolve("entry-bullet.mustache");
        Files.writeString(partial, "<ul>\n{{#entries}}<li>{{bullet}}</li>\n</ul>\n");
        Path cv = write("cv.yaml", GOOD);
        Run r = cvpress("render", cv.toString(), "--style", styles.resolve("broken").toString(), "-o",
                dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(partial + ":2: Failed to close 'entries' tag"), r.err());
        Files.writeString(partial, "<ul></ul>\n");
        Files.writeString(styles.resolve("broken").resolve("style.css"), "body {\n  color: red;\n\n");
        Run css = cvpress("render", cv.toString(), "--style", styles.resolve("broken").toString());
        assertTrue(css.err().contains(styles.resolve("broken").resolve("style.css") + ":1: '{' is never closed"),
                css.err());
    }

    @Test
    void stylesNewCopiesTheFontsAStyleShips() throws Exception {
        Path styles = dir.resolve("styles");
        assertEquals(0, cvpress("styles", "new", "base", "--from", "industry", "--into", styles.toString()).code());
        Path base = styles.resolve("base");
        Path fonts = Files.createDirectories(base.resolve("fonts").resolve("house-sans"));
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            Files.copy(Path.of("fonts", "noto-sans", face + ".ttf"), fonts.resolve(face + ".ttf"));
        }
        Files.copy(Path.of("fonts", "noto-sans", "OFL.txt"), fonts.resolve("OFL.txt"));
        Files.writeString(base.resolve("style.yaml"), Files.readString(base.resolve("style.yaml"))
                .replace("font_family: Noto Sans", "font_family: House Sans"));
        Run copy = cvpress("styles", "new", "copy", "--from", base.toString(), "--into", styles.toString());
        assertEquals(0, copy.code(), copy.err());
        for (String file : List.of("Regular.ttf", "Bold.ttf", "Italic.ttf", "BoldItalic.ttf", "OFL.txt")) {
            assertArrayEquals(Files.readAllBytes(fonts.resolve(file)),
                    Files.readAllBytes(styles.resolve("copy/fonts/house-sans").resolve(file)), file);
        }
        Run r = cvpress("render", write("cv.yaml", GOOD).toString(), "--style", styles.resolve("copy").toString(),
                "-o", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning"), r.err());
    }
}
