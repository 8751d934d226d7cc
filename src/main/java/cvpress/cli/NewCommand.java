package cvpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cvpress new}: writes a commented starter CV that validates and renders. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Write a commented starter CV to FILE (or to standard output).",
                "An existing FILE is never overwritten unless --force is given."})
final class NewCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Where to write the starter CV.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String starter = starter();
        if (file == null) {
            spec.commandLine().getOut().print(starter);
            return ExitCodes.OK;
        }
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println(file + ": error: file exists; use --force to overwrite it");
            return ExitCodes.FAILED;
        }
        try {
            AtomicFiles.writeAll(Map.of(file, starter.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            spec.commandLine().getErr().println(file + ": error: cannot write: " + FileRenderer.describe(e));
            return ExitCodes.FAILED;
        }
        spec.commandLine().getOut().println(file);
        return ExitCodes.OK;
    }

    static String starter() throws IOException {
        try (InputStream in = NewCommand.class.getResourceAsStream("starter.yaml")) {
            if (in == null) {
                throw new IOException("the starter CV is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
