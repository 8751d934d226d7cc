package cvpress.cli;

import cvpress.importer.CidWidths;
import cvpress.model.ByteSize;
import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import cvpress.render.PdfSummary;
import cvpress.render.RenderException;
import cvpress.render.TextLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.Options;

/** {@code cvpress check}: prints what an applicant-tracking system and an archive see in a PDF, any PDF. */
final class CheckCommand implements Command {

    private static final int MISSING_SHOWN = 40;

    private final Path pdf;
    private final Path cv;
    private final ByteSize maxInputSize;

    CheckCommand(Arguments a) {
        pdf = a.paths().get(0);
        cv = a.path("cv", null);
        maxInputSize = InputSizeOption.limit(a);
    }

    static Syntax syntax() {
        Options o = new Options();
        o.addOption(Syntax.valued(null, "cv", "FILE.yaml",
                "The CV the PDF was made from, to measure the text layer against."));
        o.addOption(Syntax.flag(null, "verbose", "Print stack traces of internal errors."));
        InputSizeOption.addTo(o);
        return new Syntax("check", List.of("Print what an applicant-tracking system and an archive see in a PDF: "
                + "pages, page size, fonts, metadata, PDF/A and PDF/UA claims, links and, with --cv, how many of the "
                + "CV's words come back whole and in order.",
                "Exits with 1 when a font is not embedded or a word of the CV is missing."),
                new Syntax.Parameter("FILE.pdf", "The PDF to check.", 1, 1), o, List.of(), CheckCommand::new);
    }

    @Override
    public int call(Streams io) {
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        PdfSummary summary;
        try {
            if (Files.isDirectory(pdf)) {
                err.println(pdf + ": error: is a directory, not a PDF");
                return ExitCodes.FAILED;
            }
            Optional<String> tooBig = maxInputSize.refusal(Files.size(pdf));
            if (tooBig.isPresent()) {
                err.println(pdf + ": error: " + tooBig.get());
                return ExitCodes.FAILED;
            }
            summary = PdfSummary.read(Files.readAllBytes(pdf), CidWidths::limit);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(pdf + ": error: no such file");
            return ExitCodes.FAILED;
        } catch (IOException e) {
            err.println(pdf + ": error: cannot read it: " + FileRenderer.describe(e));
            return ExitCodes.FAILED;
        } catch (RenderException e) {
            err.println(pdf + ": error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        boolean ok = print(summary, out);
        if (cv != null) {
            LocalDate today;
            try {
                today = Today.fromEnvironment();
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
            LoadResult loaded = new CvLoader(today, java.util.List.of(), maxInputSize).load(cv);
            loaded.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
            if (!loaded.ok()) {
                return ExitCodes.FAILED;
            }
            TextLayer.Comparison c = TextLayer.compare(loaded.document(), summary.text());
            out.printf(Locale.ROOT, "words:     %d of %d from %s (recall %.2f), order %.2f%n", c.found(), c.words(), cv,
                    c.recall(), c.order());
            if (!c.missing().isEmpty()) {
                String shown = String.join(" ", c.missing().subList(0, Math.min(MISSING_SHOWN, c.missing().size())));
                out.println("missing:   " + shown + (c.missing().size() > MISSING_SHOWN
                        ? " ... (" + (c.missing().size() - MISSING_SHOWN) + " more)" : ""));
                ok = false;
            }
        }
        return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Prints the summary; false when a font is not embedded. */
    private boolean print(PdfSummary s, PrintWriter out) {
        out.println("file:      " + pdf);
        out.println("pages:     " + s.pages() + ", " + s.pageSize());
        long missing = s.fonts().stream().filter(f -> !f.embedded()).count();
        out.println("fonts:     " + s.fonts().size() + (s.fonts().isEmpty() ? "" : missing == 0 ? ", all embedded"
                : ", " + missing + " not embedded"));
        for (PdfSummary.Font f : s.fonts()) {
            out.println("           " + f.name() + " (" + f.type() + (f.embedded() ? ", embedded" : ", NOT embedded") + ")");
        }
        for (Map.Entry<String, String> m : s.metadata().entrySet()) {
            out.printf(Locale.ROOT, "%-10s %s%n", m.getKey() + ":", m.getValue());
        }
        out.println("PDF/A:     " + (s.pdfa() == null ? "not claimed" : s.pdfa() + " (claimed in XMP)"));
        out.println("PDF/UA:    " + (s.pdfua() == null ? "not claimed" : s.pdfua() + " (claimed in XMP)")
                + "; tagged: " + (s.tagged() ? "yes" : "no") + "; title shown: " + (s.titleShown() ? "yes" : "no"));
        out.println("links:     " + s.links().size());
        s.links().forEach(l -> out.println("           " + l));
        out.println("attached:  " + (s.attachments().isEmpty() ? "nothing" : String.join(", ", s.attachments())));
        return missing == 0;
    }
}
