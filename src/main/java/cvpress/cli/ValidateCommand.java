package cvpress.cli;

import cvpress.model.CvLoader;
import cvpress.model.DesignOverride;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import cvpress.model.Section;
import cvpress.style.StyleCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cvpress validate}: checks CV files and reports every problem with its file, line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check CV files without rendering them; print every problem found.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CV files (YAML).")
    List<Path> files;

    @Option(names = "--set", paramLabel = "design.KEY=VALUE",
            description = "Check the files as if their design block held this value too (as render --set). Repeatable.")
    List<String> sets = new ArrayList<>();

    @picocli.CommandLine.Mixin
    InputSizeOption inputSize = new InputSizeOption();

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<DesignOverride> overrides = new ArrayList<>();
        for (String set : sets) {
            try {
                overrides.add(DesignOverride.parse(set));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        CvLoader loader = new CvLoader(LocalDate.now(), overrides, inputSize.limit())
                .checkingStyles(StyleProblems.of(new StyleCatalog(Path.of("").toAbsolutePath())));
        int failed = 0;
        for (Path file : files) {
            LoadResult result = loader.load(file);
            result.diagnostics().stream().map(Diagnostic::format).forEach(spec.commandLine().getErr()::println);
            if (result.ok()) {
                List<Section> sections = result.document().cv().sections();
                int entries = sections.stream().mapToInt(s -> s.entries().size()).sum();
                spec.commandLine().getOut().printf("%s: ok (%d section%s, %d entr%s)%n", file, sections.size(),
                        sections.size() == 1 ? "" : "s", entries, entries == 1 ? "y" : "ies");
            } else {
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
