package cvpress.style;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds styles: the built-in ones packaged with cvpress, a style named {@code NAME} in
 * {@code ./styles/NAME} under the working directory, or any style directory given as a path.
 * Anything else, and in particular a name that tries to leave a directory, is refused.
 */
public final class StyleCatalog {

    /** The classpath list of built-in style names, one a line, in the order they are presented. */
    static final String BUILT_INS = "styles/builtins.txt";

    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final String CSS = "style.css";

    private final Path workingDir;
    private final StyleManifest manifest = new StyleManifest();
    private final StyleTemplates templates;

    /** A catalog that resolves relative style directories against {@code workingDir}. */
    public StyleCatalog(Path workingDir) {
        this(workingDir, new StyleTemplates());
    }

    /**
     * As {@link #StyleCatalog(Path)}, keeping in {@code templates} the template it compiles to check each style it
     * loads, for a renderer that shares them.
     */
    public StyleCatalog(Path workingDir, StyleTemplates templates) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.templates = templates;
    }

    /** The built-in styles, in the order of {@value #BUILT_INS}. */
    public List<Style> builtIns() {
        List<Style> styles = new ArrayList<>();
        for (String name : builtInNames()) {
            try {
                styles.add(load(new StyleSource.Bundled(name), name));
            } catch (StyleException e) {
                throw new IllegalStateException("built-in style is broken: " + e.getMessage());
            }
        }
        return List.copyOf(styles);
    }

    /**
     * Resolves a built-in style name, a style under {@code ./styles/}, or a style directory.
     *
     * @throws StyleException when nothing matches (the message lists the built-ins), when the name is a
     *                        path that is not a style directory, or when the style's files are malformed
     */
    public Style resolve(String nameOrDir) throws StyleException {
        String wanted = nameOrDir == null ? "" : nameOrDir.strip();
        if (wanted.isEmpty()) {
            throw new StyleException("no style given; built-in styles: " + String.join(", ", builtInNames()));
        }
        if (BARE_NAME.matcher(wanted).matches()) {
            if (builtInNames().contains(wanted)) {
                return load(new StyleSource.Bundled(wanted), wanted);
            }
            Path local = workingDir.resolve("styles").resolve(wanted);
            if (isStyleDirectory(local)) {
                return load(new StyleSource.Directory(local), wanted);
            }
            throw new StyleException("unknown style '" + wanted + "'; built-in styles: "
                    + String.join(", ", builtInNames()) + " (or give the path of a style directory)");
        }
        Path dir;
        try {
            dir = workingDir.resolve(wanted).normalize();
        } catch (InvalidPathException e) {
            dir = null;
        }
        if (dir == null || !isStyleDirectory(dir)) {
            throw new StyleException("refusing style '" + wanted + "': it is neither a built-in style ("
                    + String.join(", ", builtInNames()) + ") nor a style directory (one holding "
                    + StyleManifest.FILE + ")");
        }
        Path name = dir.getFileName();
        return load(new StyleSource.Directory(dir), name == null ? "style" : name.toString());
    }

    private static boolean isStyleDirectory(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(StyleManifest.FILE));
    }

    private Style load(StyleSource source, String fallbackName) throws StyleException {
        Style style = manifest.read(source, fallbackName);
        if (source.read(StyleTemplate.MAIN).isEmpty()) {
            throw new StyleException(source.describe(StyleTemplate.MAIN) + ": missing");
        }
        byte[] css = source.read(CSS)
                .orElseThrow(() -> new StyleException(source.describe(CSS) + ": missing"));
        String problem = CssSyntax.check(new String(css, StandardCharsets.UTF_8));
        if (problem != null) {
            throw new StyleException(source.describe(CSS) + ":" + problem);
        }
        templates.compile(style);
        return style;
    }

    private static List<String> builtInNames() {
        try (InputStream in = StyleCatalog.class.getModule().getResourceAsStream(BUILT_INS)) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#") && BARE_NAME.matcher(name).matches()) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
