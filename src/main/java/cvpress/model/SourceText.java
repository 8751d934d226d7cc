package cvpress.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a file's bytes into the text the YAML parser reads: size limit, strict UTF-8, no BOM, no control characters. */
final class SourceText {

    /** The input size read unless the caller allows more or less. */
    static final ByteSize DEFAULT_LIMIT = ByteSize.megabytes(5);

    /** The decoded text, or the one problem that stops reading it. */
    record Decoded(String text, Diagnostic problem) {
    }

    private SourceText() {
    }

    static Decoded decode(String file, byte[] bytes, ByteSize limit) {
        Optional<String> tooBig = limit.refusal(bytes.length);
        if (tooBig.isPresent()) {
            return failed(Location.ofFile(file), tooBig.get());
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return failed(new Location(file, 1, 1), "the file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                    + "save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return failed(byteLocation(file, bytes, in.position()),
                    String.format(Locale.ROOT, "the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8",
                            bytes[in.position()] & 0xff));
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Diagnostic control = controlCharacter(file, text);
        return control != null ? new Decoded(null, control) : new Decoded(text, null);
    }

    private static Decoded failed(Location where, String message) {
        return new Decoded(null, new Diagnostic(Diagnostic.Severity.ERROR, where, "", message));
    }

    /** The line and column of byte {@code offset}; the bytes before it are valid UTF-8. */
    private static Location byteLocation(String file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    /** A character YAML does not allow in a text (binary content), located; null when there is none. */
    private static Diagnostic controlCharacter(String file, String text) {
        if (!holds(text, false)) {
            return null;
        }
        List<Diagnostic> found = new ArrayList<>(1);
        eachCharacter(text, (c, line, column) -> {
            if (allowed(c)) {
                return true;
            }
            found.add(new Diagnostic(Diagnostic.Severity.ERROR, new Location(file, line, column), "",
                    String.format(Locale.ROOT,
                            "this is not a YAML text file (it contains the control character U+%04X)", (int) c)));
            return false;
        });
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * A warning for every bidirectional control character (U+202A to U+202E, U+2066 to U+2069): it can make text
     * read in another order than it is stored, and the PDF shows it as a mark of its own.
     */
    static List<Diagnostic> bidiControls(String file, String text) {
        if (!holds(text, true)) {
            return List.of();
        }
        List<Diagnostic> found = new ArrayList<>();
        eachCharacter(text, (c, line, column) -> {
            if (isBidiControl(c)) {
                found.add(new Diagnostic(Diagnostic.Severity.WARNING, new Location(file, line, column), "",
                        String.format(Locale.ROOT, "a bidirectional control character (U+%04X) can make this text "
                                + "read in another order than it is written, and the PDF shows it as a mark; "
                                + "remove it", (int) c)));
            }
            return true;
        });
        return found;
    }

    /** Looks at one character of a text where it stands; false to stop looking. */
    @FunctionalInterface
    private interface CharacterVisitor {
        boolean visit(char c, int line, int column);
    }

    /**
     * Hands every character but line feeds to {@code visitor} with its line and column (a surrogate pair takes one
     * column), until the visitor says stop.
     */
    private static void eachCharacter(String text, CharacterVisitor visitor) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (!visitor.visit(c, line, column)) {
                return;
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    /**
     * Whether {@code text} holds a character {@link #bidiControls} reports ({@code bidi}), or one
     * {@link #controlCharacter} refuses: one quick pass, so that a text without any is not walked with lines and
     * columns (the walk's call per character is much of a cold load's time, before the JIT compiles it).
     */
    private static boolean holds(String text, boolean bidi) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c >= 0x7F) && (bidi ? isBidiControl(c) : c != '\n' && !allowed(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBidiControl(char c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return c == 0x85;
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
