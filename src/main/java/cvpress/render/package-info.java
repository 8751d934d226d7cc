/**
 * Rendering a loaded CV: the view model (safe HTML texts, locale dates, author lists, contact links),
 * the style's Mustache template, the standalone HTML page, the PDF typeset by openhtmltopdf with
 * bundled fonts and no access outside the style, and PNG pages. {@link cvpress.render.Renderer} is
 * the entry point; everything else here is package-private.
 *
 * <p>May use {@code cvpress.model} and {@code cvpress.style}; must not use {@code cvpress.cli} or
 * {@code cvpress.importer}.
 */
package cvpress.render;
