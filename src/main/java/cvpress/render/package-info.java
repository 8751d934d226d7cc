/**
 * Rendering a loaded CV: the view model (safe HTML texts, locale dates, author lists, contact links),
 * the style's Mustache template, the standalone HTML page, the PDF typeset by openhtmltopdf with
 * bundled fonts and no access outside the style, and PNG pages; for a style with a page count (one-page),
 * the fitting that tightens, shrinks and condenses the CV until it fits ({@code PageFitter}) and its
 * {@link cvpress.render.FitReport}. {@link cvpress.render.Renderer} is the entry point.
 *
 * <p>May use {@code cvpress.model} and {@code cvpress.style}; must not use {@code cvpress.cli} or
 * {@code cvpress.importer}.
 */
package cvpress.render;
