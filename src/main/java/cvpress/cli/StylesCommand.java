package cvpress.cli;

import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cvpress styles}: lists the built-in styles with their one-line descriptions. */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = "List the built-in styles.")
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
}
