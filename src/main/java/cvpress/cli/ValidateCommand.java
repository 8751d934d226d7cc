package cvpress.cli;

import cvpress.model.ByteSize;
import cvpress.model.CvLoader;
import cvpress.model.DesignOverride;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import cvpress.model.Section;
import cvpress.style.StyleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.Options;

/** {@code cvpress validate}: checks CV files and reports every problem with its file, line and column. */
final class ValidateCommand implements Command {

    private final List<Path> files;
    private final List<String> sets;
    private final ByteSize maxInputSize;

    ValidateCommand(Arguments a) {
        files = a.paths();
        sets = a.values("set");
        maxInputSize = InputSizeOption.limit(a);
    }

    static Syntax syntax() {
        Options o = new Options();
        o.addOption(Syntax.valued(null, "set", "design.KEY=VALUE", "Check the files as if their design block held "
                + "this value too (as render --set). Repeatable."));
        InputSizeOption.addTo(o);
        o.addOption(Syntax.flag(null, "verbose", "Print stack traces of internal errors."));
        return new Syntax("validate", List.of("Check CV files without rendering them; print every problem found."),
                new Syntax.Parameter("FILE", "CV files (YAML).", 1, Integer.MAX_VALUE), o, List.of(),
                ValidateCommand::new);
    }

    @Override
    public int call(Streams io) {
        List<DesignOverride> overrides = new ArrayList<>();
        for (String set : sets) {
            try {
                overrides.add(DesignOverride.parse(set));
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        CvLoader loader = new CvLoader(Today.now(), overrides, maxInputSize)
                .checkingStyles(StyleProblems.of(new StyleCatalog(Path.of("").toAbsolutePath())));
        int failed = 0;
        for (Path file : files) {
            LoadResult result = loader.load(file);
            result.diagnostics().stream().map(Diagnostic::format).forEach(io.err()::println);
            if (result.ok()) {
                List<Section> sections = result.document().cv().sections();
                int entries = sections.stream().mapToInt(s -> s.entries().size()).sum();
                io.out().printf("%s: ok (%d section%s, %d entr%s)%n", file, sections.size(),
                        sections.size() == 1 ? "" : "s", entries, entries == 1 ? "y" : "ies");
            } else {
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
