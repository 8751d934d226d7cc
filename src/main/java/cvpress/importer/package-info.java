/**
 * The importer: turns a CV written as text (markdown-ish or plain, as a PDF-to-text converter leaves it)
 * into the CV record, losing no word, and writes that record as YAML.
 *
 * <p>The pipeline is line-based and linear in the input: {@link cvpress.importer.CvImporter} cleans each line of
 * LaTeX and markup debris, untangles two-column layouts, drops PDF debris, finds the section headings, reads the
 * header's contact details and builds each section's entries (dated entries, bullet lists, publications).
 * Whatever it cannot place is kept as text and reported as a warning with its input line. A PDF is first turned
 * into such a text from its glyphs' positions and fonts (PDFBox). {@link cvpress.importer.CvYamlWriter} writes
 * the record. Of cvpress, this package uses {@code cvpress.model} only.
 */
package cvpress.importer;
