package cvpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.Options;

/** {@code cvpress new}: writes a commented starter CV that validates and renders. */
final class NewCommand implements Command {

    private final Path file;
    private final boolean force;

    NewCommand(Arguments a) {
        file = a.paths().isEmpty() ? null : a.paths().get(0);
        force = a.flag("force");
    }

    static Syntax syntax() {
        Options o = new Options();
        o.addOption(Syntax.flag(null, "force", "Overwrite FILE if it exists."));
        return new Syntax("new", List.of("Write a commented starter CV to FILE (or to standard output).",
                "An existing FILE is never overwritten unless --force is given."),
                new Syntax.Parameter("FILE", "Where to write the starter CV.", 0, 1), o, List.of(), NewCommand::new);
    }

    @Override
    public int call(Streams io) throws IOException {
        String starter = starter();
        if (file == null) {
            io.out().print(starter);
            return ExitCodes.OK;
        }
        if (Files.exists(file) && !force) {
            io.err().println(file + ": error: file exists; use --force to overwrite it");
            return ExitCodes.FAILED;
        }
        try {
            AtomicFiles.writeAll(Map.of(file, starter.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            io.err().println(file + ": error: cannot write: " + FileRenderer.describe(e));
            return ExitCodes.FAILED;
        }
        io.out().println(file);
        return ExitCodes.OK;
    }

    static String starter() throws IOException {
        try (InputStream in = NewCommand.class.getModule().getResourceAsStream("cvpress/cli/starter.yaml")) {
            if (in == null) {
                throw new IOException("the starter CV is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
