package cvpress.style;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.reflect.MapObjectHandler;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style's compiled Mustache template with its partials: it sees only maps, lists, strings and
 * booleans (no Java method is reachable from a template) and writes values unescaped, because every
 * text in the view model is already safe HTML. Compiled once, it may render on many threads at once.
 */
public final class StyleTemplate {

    /** The file every style's page template lives in. */
    public static final String MAIN = "template.mustache";

    private static final Pattern WHERE = Pattern.compile("\\s*@\\[(.+?):(\\d+)]\\s*$");
    private static final Pattern INNER_WHERE = Pattern.compile(" in [^\\s:]+:\\d+");
    private static final Pattern NOT_FOUND = Pattern.compile("Template (\\S+) not found");

    private final Mustache mustache;

    private StyleTemplate(Mustache mustache) {
        this.mustache = mustache;
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
        factory.setObjectHandler(new MapObjectHandler());
        try {
            return new StyleTemplate(factory.compile(MAIN));
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
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, viewModel).flush();
        } catch (MustacheException e) {
            throw new StyleException("template failed: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new StyleException("template failed: " + e.getMessage());
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
