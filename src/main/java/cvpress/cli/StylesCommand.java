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
import java.util.List;
import org.apache.commons.cli.Options;

/** {@code cvpress styles}: lists the built-in styles; {@code cvpress styles new} starts a user style from one. */
final class StylesCommand implements Command {

    static Syntax syntax() {
        return new Syntax("styles", List.of("List the built-in styles, or start a style of your own with 'styles new'."),
                Syntax.Parameter.NONE, new Options(), List.of(New.syntax()), a -> new StylesCommand());
    }

    @Override
    public int call(Streams io) {
        var out = io.out();
        for (Style s : new StyleCatalog(Path.of("").toAbsolutePath()).builtIns()) {
            out.printf("%-12s %s%n", s.name(), s.description());
        }
        return ExitCodes.OK;
    }

    /** {@code cvpress styles new NAME [--from STYLE]}: copies a style into {@code ./styles/NAME/} to edit. */
    static final class New implements Command {

        private final String name;
        private final String from;
        private final Path into;

        New(Arguments a) {
            name = a.parameters().get(0);
            from = a.value("from", "academic");
            into = a.path("into", "styles");
        }

        static Syntax syntax() {
            Options o = new Options();
            o.addOption(Syntax.valued(null, "from", "STYLE", "The style to start from: a built-in name or a style "
                    + "directory. Default: academic."));
            o.addOption(Syntax.valued(null, "into", "DIR", "The directory that holds your styles. Default: styles."));
            return new Syntax("styles new", List.of("Copy a style into DIR/NAME/ (DIR is ./styles) to edit; render "
                    + "with it by --style NAME (or --style DIR/NAME).", "An existing directory is never overwritten."),
                    new Syntax.Parameter("NAME", "The new style's name: letters, digits, '-' and '_'.", 1, 1), o,
                    List.of(), New::new);
        }

        @Override
        public int call(Streams io) {
            var err = io.err();
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                throw new UsageError("a style name is letters, "
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
            io.out().println(dir);
            return ExitCodes.OK;
        }
    }
}
