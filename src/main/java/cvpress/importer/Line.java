package cvpress.importer;

/**
 * One input line after cleaning: its 1-based number, its indentation in columns, its text (LaTeX and HTML
 * debris turned into text and inline markdown, spaces collapsed) and whether it ended in a markdown hard break.
 */
record Line(int number, int indent, String text, boolean hardBreak) {

    boolean blank() {
        return text.isEmpty();
    }

    Line withText(String newText) {
        return new Line(number, indent, newText, hardBreak);
    }
}
