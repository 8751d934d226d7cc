package cvpress.style;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled templates of styles, each as its catalog last compiled it from the style's files: a catalog and a
 * renderer that share one compile a style's template once, when the catalog loads the style to check it, and the
 * renderer renders with that compile. Safe to share between threads.
 */
public final class StyleTemplates {

    private final Map<StyleSource, StyleTemplate> compiled = new ConcurrentHashMap<>();

    /** Compiles the style's template from its files as they are now, keeping it in place of an earlier compile. */
    public StyleTemplate compile(Style style) throws StyleException {
        StyleTemplate template = StyleTemplate.compile(style);
        compiled.put(style.source(), template);
        return template;
    }

    /** The template kept for the style's files, compiled first when there is none. */
    public StyleTemplate of(Style style) throws StyleException {
        StyleTemplate template = compiled.get(style.source());
        return template != null ? template : compile(style);
    }
}
