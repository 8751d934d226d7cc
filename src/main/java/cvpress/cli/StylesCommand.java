package cvpress.cli;

import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import cvpress.style.StyleException;
import cvpress.style.StyleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cvpress styles}: lists the built-in styles; {@code cvpress styles new} starts a user style from one. */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = "List the built-in styles, or start a style of your own with 'styles new'.",
        subcommands = StylesCommand.New.class)
final class StylesCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Style s : new StyleCatalog(Path.of("").toAbsolutePath()).builtIns()) {
            out.printf("%-12s %s%n", s.name(), s.description());
        }
        return ExitCodes.OK;
    }

    /** {@code cvpress styles new NAME [--from STYLE]}: copies a style into {@code ./styles/NAME/} to edit. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Copy a style into DIR/NAME/ (DIR is ./styles) to edit; render with it by "
                    + "--style NAME (or --style DIR/NAME).", "An existing directory is never overwritten."})
    static final class New implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "The new style's name: letters, digits, '-' and '_'.")
        String name;

        @Option(names = "--from", paramLabel = "STYLE", defaultValue = "academic",
                description = "The style to start from: a built-in name or a style directory. "
                        + "Default: ${DEFAULT-VALUE}.")
        String from;

        @Option(names = "--into", paramLabel = "DIR", defaultValue = "styles",
                description = "The directory that holds your styles. Default: ${DEFAULT-VALUE}.")
        Path into;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a style name is letters, "
                        + "digits, '-' and '_', starting with a letter or digit, not '" + name + "'");
            }
            StyleCatalog catalog = new StyleCatalog(Path.of("").toAbsolutePath());
            if (catalog.builtIns().stream().anyMatch(s -> s.name().equals(name))) {
                err.println("cvpress: error: '" + name + "' is a built-in style's name; choose another");
                return ExitCodes.FAILED;
            }
            Path dir = into.resolve(name);
            if (Files.exists(dir)) {
                err.println(dir + ": error: already exists; not overwriting it");
                return ExitCodes.FAILED;
            }
            Map<Path, byte[]> files = new LinkedHashMap<>();
            try {
                Style base = catalog.resolve(from);
                StyleFiles.renamed(base, name).forEach((file, bytes) -> files.put(dir.resolve(file), bytes));
                for (Path file : files.keySet()) {
                    Files.createDirectories(file.getParent());
                }
                AtomicFiles.writeAll(files);
            } catch (StyleException e) {
                err.println("cvpress: error: --from " + from + ": " + e.getMessage());
                return ExitCodes.FAILED;
            } catch (IOException e) {
                err.println(dir + ": error: cannot write: " + FileRenderer.describe(e));
                return ExitCodes.FAILED;
            }
            spec.commandLine().getOut().println(dir);
            return ExitCodes.OK;
        }
    }
}
