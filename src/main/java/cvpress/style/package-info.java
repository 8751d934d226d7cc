/**
 * Finding and reading styles: a style is a directory (built in, packaged on the classpath under
 * {@code styles/<name>/}, or a user directory) holding {@code style.yaml}, {@code template.mustache}
 * with one partial per entry type, and {@code style.css}. {@link cvpress.style.StyleCatalog} resolves
 * a name or directory safely, {@link cvpress.style.StyleTemplate} compiles the templates so that they
 * see nothing but maps, lists, strings and booleans, {@link cvpress.style.StyleTemplates} keeps the
 * compile a catalog checked a style with for the renderer that shares it, {@link cvpress.style.StyleFiles}
 * lists a style's files so that {@code styles new} can copy one.
 *
 * <p>May use {@code cvpress.model}; must not use {@code cvpress.render} or any higher stage.
 */
package cvpress.style;
