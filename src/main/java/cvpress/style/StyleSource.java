package cvpress.style;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a style's files come from: the classpath for built-in styles, or a directory on disk. */
public sealed interface StyleSource permits StyleSource.Bundled, StyleSource.Directory {

    /** Relative file names a style may refer to: plain segments, no leading dots, no {@code ..}. */
    Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*(/[A-Za-z0-9_][A-Za-z0-9._-]*)*");

    /**
     * Reads one file of the style.
     *
     * @param file a relative name such as {@code style.css} or {@code fonts/x/Regular.ttf}
     * @return its bytes, or empty when the style has no such file or the name is not a safe relative name
     */
    Optional<byte[]> read(String file) throws StyleException;

    /** How a file of this style is named in messages, e.g. {@code styles/academic/style.css}. */
    String describe(String file);

    /** Whether {@code file} is a relative name that stays inside the style. */
    static boolean isSafeName(String file) {
        return file != null && SAFE_NAME.matcher(file).matches();
    }

    /** A built-in style packaged on the classpath under {@code styles/<name>/}. */
    record Bundled(String name) implements StyleSource {
        public Bundled {
            if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                throw new IllegalArgumentException("not a style name: " + name);
            }
        }

        @Override
        public Optional<byte[]> read(String file) throws StyleException {
            if (!isSafeName(file)) {
                return Optional.empty();
            }
            // Through cvpress's module, which reads the jar alone: its class loader would first ask the JDK's loaders,
            // which look for the name in every module of the JDK (about 0.3 ms a file in a cold process).
            try (InputStream in = StyleSource.class.getModule().getResourceAsStream(describe(file))) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new StyleException(describe(file) + ": cannot be read: " + e.getMessage());
            }
        }

        @Override
        public String describe(String file) {
            return "styles/" + name + "/" + file;
        }

        // equals and hashCode are written out: a record's generated ones are bootstrapped on first call, some
        // milliseconds of every cold render, whose renderer keys its caches by style.
        @Override
        public boolean equals(Object o) {
            return o instanceof Bundled b && name.equals(b.name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /** A style in a directory on disk; files are only read from inside it (symbolic links included). */
    record Directory(Path dir) implements StyleSource {
        public Directory {
            dir = dir.toAbsolutePath().normalize();
        }

        @Override
        public Optional<byte[]> read(String file) throws StyleException {
            if (!isSafeName(file)) {
                return Optional.empty();
            }
            Path path = dir.resolve(file);
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            try {
                if (!path.toRealPath().startsWith(dir.toRealPath())) {
                    return Optional.empty();
                }
                return Optional.of(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new StyleException(describe(file) + ": cannot be read: " + e.getMessage());
            }
        }

        @Override
        public String describe(String file) {
            return dir.resolve(file).toString();
        }
    }
}
