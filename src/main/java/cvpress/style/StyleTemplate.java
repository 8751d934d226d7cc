package cvpress.style;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Iteration;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.reflect.MapObjectHandler;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style's compiled Mustache template with its partials: it sees only maps, lists, strings and
 * booleans (no Java method is reachable from a template) and writes values unescaped, because every
 * text in the view model is already safe HTML. A render stops when it writes more than
 * {@value #MAX_CHARS} characters or when the caller says its time is up (checked at every section),
 * so that loops nested in a hostile template cannot run away. Compiled once, it may render on many
 * threads at once.
 */
public final class StyleTemplate {

    /** The file every style's page template lives in. */
    public static final String MAIN = "template.mustache";

    private static final Pattern WHERE = Pattern.compile("\\s*@\\[(.+?):(\\d+)]\\s*$");
    private static final Pattern INNER_WHERE = Pattern.compile(" in [^\\s:]+:\\d+");
    private static final Pattern NOT_FOUND = Pattern.compile("Template (\\S+) not found");

    /** The most characters one render may write: hundreds of times what a long CV needs. */
    static final int MAX_CHARS = 32_000_000;

    private final Mustache mustache;
    private final StyleSource source;

    private StyleTemplate(Mustache mustache, StyleSource source) {
        this.mustache = mustache;
        this.source = source;
    }

    /** Compiles {@code template.mustache} of the style and every partial it names. */
    public static StyleTemplate compile(Style style) throws StyleException {
        StyleSource source = style.source();
        DefaultMustacheFactory factory = new DefaultMustacheFactory(name -> open(source, name)) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        factory.setObjectHandler(new ViewModelOnly());
        try {
            return new StyleTemplate(factory.compile(MAIN), source);
        } catch (SourceFailure e) {
            throw e.cause;
        } catch (MustacheNotFoundException e) {
            Matcher m = NOT_FOUND.matcher(String.valueOf(e.getMessage()));
            String file = m.find() ? m.group(1) : MAIN;
            throw new StyleException(source.describe(file) + ": no such template (named by a partial tag {{> "
                    + file.replaceFirst("\\.mustache$", "") + "}})");
        } catch (MustacheException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SourceFailure failure) {
                    throw failure.cause;
                }
            }
            throw new StyleException(describe(source, e));
        }
    }

    /** Renders the page for one view model (a tree of maps, lists, strings and booleans). */
    public String render(Map<String, ?> viewModel) throws StyleException {
        return render(viewModel, () -> true);
    }

    /**
     * Renders the page for one view model, stopping with a {@link StyleException} as soon as {@code inTime} turns
     * false (it is asked at every section the template enters).
     */
    public String render(Map<String, ?> viewModel, BooleanSupplier inTime) throws StyleException {
        BoundedWriter out = new BoundedWriter();
        try {
            mustache.execute(out, List.of(new Watch(inTime), viewModel)).flush();
        } catch (Stopped e) {
            throw new StyleException(source.describe(MAIN) + ": " + e.getMessage());
        } catch (MustacheException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof Stopped stopped) {
                    throw new StyleException(source.describe(MAIN) + ": " + stopped.getMessage());
                }
            }
            throw new StyleException(describe(source, e));
        } catch (IOException e) {
            throw new StyleException(source.describe(MAIN) + ": " + e.getMessage());
        }
        return out.toString();
    }

    private static Reader open(StyleSource source, String name) {
        try {
            return source.read(name)
                    .map(bytes -> (Reader) new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                    .orElse(null);
        } catch (StyleException e) {
            throw new SourceFailure(e);
        }
    }

    private static String describe(StyleSource source, MustacheException e) {
        String message = oneLine(e.getMessage());
        Matcher where = WHERE.matcher(message);
        if (where.find()) {
            String text = INNER_WHERE.matcher(message.substring(0, where.start())).replaceAll("");
            return source.describe(where.group(1)) + ":" + where.group(2) + ": " + text;
        }
        return source.describe(MAIN) + ": " + message;
    }

    private static String oneLine(String message) {
        return message == null ? "invalid template" : message.replaceAll("\\s+", " ").trim();
    }

    /** Looks names up in maps only, and asks the render's watch before entering every section. */
    private static final class ViewModelOnly extends MapObjectHandler {
        @Override
        public Writer iterate(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
            if (!scopes.isEmpty() && scopes.get(0) instanceof Watch watch && !watch.inTime().getAsBoolean()) {
                throw new Stopped("the template was stopped: the render ran out of time");
            }
            return super.iterate(iteration, writer, object, scopes);
        }
    }

    /** The outermost scope of a render, invisible to name lookups: how to ask whether time is left. */
    private record Watch(BooleanSupplier inTime) {
    }

    /** Collects the page, refusing to grow past {@link #MAX_CHARS}. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) {
            makeRoom(length);
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            makeRoom(length);
            text.append(s, offset, offset + length);
        }

        private void makeRoom(int length) {
            if (text.length() + length > MAX_CHARS) {
                throw new Stopped("the template writes more than " + MAX_CHARS / 1_000_000
                        + " million characters (sections nested in sections?)");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Ends a render that went over a limit. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    /** Carries a failure to read a style file out of the Mustache resolver. */
    private static final class SourceFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StyleException cause;

        SourceFailure(StyleException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }
}
