package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad input yields located one-line errors, exit 1, no stack trace and no output file. */
class BadInputTest {

    @TempDir
    Path dir;

    interface Maker {
        void make(Path file) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("empty", (Maker) f -> Files.writeString(f, ""), "empty"),
                Arguments.of("whitespace", (Maker) f -> Files.writeString(f, "  \n\n   \n"), "empty"),
                Arguments.of("not-yaml", (Maker) f -> Files.writeString(f, "cv: [unclosed, {\n  name: \"x\n"), ""),
                Arguments.of("binary", (Maker) f -> Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}), ""),
                Arguments.of("top-level-list", (Maker) f -> Files.writeString(f, "- cv: {name: x}\n"), "mapping"),
                Arguments.of("fifty-megabytes", (Maker) BadInputTest::fiftyMegabytes, "MB"),
                Arguments.of("deep-nesting", (Maker) f -> Files.writeString(f, "cv: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"), ""),
                Arguments.of("alias-bomb", (Maker) BadInputTest::aliasBomb, ""),
                Arguments.of("invalid-utf8", (Maker) f -> Files.write(f, "cv:\n  name: Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)), "UTF-8"));
    }

    static void fiftyMegabytes(Path f) throws IOException {
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("cv:\n  name: Big\n  sections:\n    Notes:\n".getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("      - " + "word ".repeat(19) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
    }

    static void aliasBomb(Path f) throws IOException {
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                y.append(i == 0 ? "" : ",").append('*').append(p);
            }
            y.append("]\n");
        }
        y.append("cv:\n  name: *i\n");
        Files.writeString(f, y);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithLocatedMessage(String name, Maker maker, String mentions) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        maker.make(file);
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.cvpress("render", file.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.size() >= 2, r.err());
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.startsWith(file + ":") && line.contains(": error: "), "not a located error: " + line);
            assertTrue(line.length() < 400, "not one short line: " + line);
        }
        assertTrue(r.err().contains(mentions), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "no output may be written");
    }
}
