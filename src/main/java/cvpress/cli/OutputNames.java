package cvpress.cli;

import java.nio.file.Path;

/** Derives output file names from input names: {@code out/<input-basename>-<style>.<ext>}, made safe. */
final class OutputNames {

    private OutputNames() {
    }

    /**
     * The base name of an input without its extension, with anything but letters, digits, '.', '_' and '-' (path
     * separators, control characters, spaces) replaced by '_', and leading dots or dashes too (no hidden file, no
     * name that reads as an option).
     */
    static String baseName(Path input) {
        String name = input.getFileName() == null ? "cv" : input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return safe(name);
    }

    static String safe(String s) {
        String cleaned = s.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[.-]+", "_");
        return cleaned.isEmpty() ? "cv" : cleaned;
    }
}
