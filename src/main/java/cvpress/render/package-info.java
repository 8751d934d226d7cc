/**
 * Rendering a loaded CV: the view model (safe HTML texts, locale dates, author lists, contact links),
 * the style's Mustache template, the standalone HTML page, the PDF typeset by openhtmltopdf with
 * bundled fonts and no access outside the style, and PNG pages; for a style with a page count (one-page),
 * the fitting that tightens, shrinks and condenses the CV until it fits ({@code PageFitter}) and its
 * {@link cvpress.render.FitReport}. {@link cvpress.render.Renderer} is the entry point; its PDFs are PDF/A-2u
 * and PDF/UA-1 unless asked for a plain one. Reading PDFs back lives here too, since it measures what
 * rendering shows: {@link cvpress.render.TextLayer} (word recall and order against the CV's texts as the
 * styles show them) and {@link cvpress.render.PdfSummary} (what {@code cvpress check} prints).
 *
 * <p>May use {@code cvpress.model} and {@code cvpress.style}; must not use {@code cvpress.cli} or
 * {@code cvpress.importer}.
 */
package cvpress.render;
