package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --embed-source} attaches the very bytes of the CV file, and {@code import} of such a PDF gives those
 * bytes back as the record, comments, key order and quoting included; a PDF without the attachment is read from
 * its text as before.
 */
class EmbeddedSourceImportTest {

    /** A record whose comments, quoting, key order and blank lines no text-layer import could rebuild. */
    private static final String RECORD = """
            # Jane's CV: kept in git, rendered for every application.
            cv:
              name: Jane Roe   # as on her passport
              email: 'jane@example.org'
              sections:

                Experience:
                  - position: Engineer
                    company: Acme
                    end_date: present
                    start_date: 2020-01
                    highlights:
                      - "Shipped the *Frobnicator*"
            settings:
              current_date: 2026-01-15
            """;

    @TempDir
    Path dir;

    @Test
    void importOfAPdfRenderedWithEmbedSourceGivesBackTheFileByteForByte() throws IOException {
        byte[] original = RECORD.getBytes(StandardCharsets.UTF_8);
        Path yaml = Files.write(dir.resolve("jane.yaml"), original);
        for (String style : new String[] {"academic", "industry", "one-page"}) {
            Path out = dir.resolve(style);
            CliTest.Run rendered = CliTest.cvpress("render", "--embed-source", "--style", style, "-o", out.toString(),
                    yaml.toString());
            assertEquals(0, rendered.code(), rendered.err());
            Path pdf = out.resolve("jane-" + style + ".pdf");
            Path imported = out.resolve("imported.yaml");

            CliTest.Run r = CliTest.cvpress("import", pdf.toString(), "-o", imported.toString());

            assertEquals(0, r.code(), r.err());
            assertArrayEquals(original, Files.readAllBytes(imported), style);
            assertTrue(r.err().contains(pdf + ": the PDF carries its YAML record (jane.yaml); imported it unchanged"),
                    r.err());
            CliTest.Run toStdout = CliTest.cvpress("import", pdf.toString());
            assertEquals(RECORD, toStdout.out(), style);
        }
    }

    @Test
    void aPdfWithoutTheAttachmentIsReadFromItsText() throws IOException {
        Path yaml = Files.writeString(dir.resolve("jane.yaml"), RECORD);
        CliTest.Run rendered = CliTest.cvpress("render", "-o", dir.toString(), yaml.toString());
        assertEquals(0, rendered.code(), rendered.err());

        CliTest.Run r = CliTest.cvpress("import", dir.resolve("jane-academic.pdf").toString());

        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("carries its YAML record"), r.err());
        assertTrue(r.out().startsWith("# imported from jane-academic.pdf by cvpress "), r.out());
        assertTrue(r.out().contains("name: Jane Roe") && r.out().contains("Shipped the *Frobnicator*"), r.out());
        assertFalse(r.out().contains("as on her passport"), r.out());
    }
}
