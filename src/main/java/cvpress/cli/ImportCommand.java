package cvpress.cli;

import cvpress.importer.AttachedSource;
import cvpress.importer.CvImporter;
import cvpress.importer.CvYamlWriter;
import cvpress.importer.ImportResult;
import cvpress.importer.ImportWarning;
import cvpress.model.ByteSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.Options;

/** {@code cvpress import}: reads CV texts and PDFs and writes them as YAML records, warning about what it could not place. */
final class ImportCommand implements Command {

    private final List<Path> inputs;
    private final Path output;
    private final Path directory;
    private final String name;
    private final ByteSize maxInputSize;

    ImportCommand(Arguments a) {
        inputs = a.paths();
        output = a.path("output", null);
        directory = a.path("directory", null);
        name = a.value("name", null);
        maxInputSize = InputSizeOption.limit(a);
    }

    static Syntax syntax() {
        Options o = new Options();
        o.addOption(Syntax.valued("o", "output", "OUT.yaml", "Write the record to this file (one input only)."));
        o.addOption(Syntax.valued("d", "directory", "DIR", "Write each record to DIR/<input name>.yaml."));
        o.addOption(Syntax.valued(null, "name", "\"Full Name\"",
                "The owner's name, used when neither a header nor the publications give it."));
        InputSizeOption.addTo(o);
        o.addOption(Syntax.flag(null, "verbose", "Print stack traces of internal errors."));
        return new Syntax("import", List.of("Import CVs (PDFs, or texts in markdown or plain text) into YAML records.",
                "Writes to standard output unless -o or -d is given; warnings go to standard error with the input "
                        + "line they concern."),
                new Syntax.Parameter("INPUT", "CVs: PDFs or texts (.txt, .md).", 1, Integer.MAX_VALUE), o, List.of(),
                ImportCommand::new);
    }

    @Override
    public int call(Streams io) throws IOException {
        PrintWriter err = io.err();
        if (output != null && directory != null) {
            throw usage("-o and -d cannot be used together");
        }
        if (output != null && inputs.size() > 1) {
            throw usage("-o takes one input, not " + inputs.size() + "; use -d DIR for several");
        }
        CvImporter importer = new CvImporter();
        String version = VersionProvider.version();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        StringBuilder stdout = new StringBuilder();
        int failed = 0;
        for (Path input : inputs) {
            String shown = input.toString();
            byte[] yaml;
            try {
                yaml = importOne(importer, input, shown, version, err);
            } catch (ImportFailure e) {
                err.println(shown + ": error: " + e.getMessage());
                failed++;
                continue;
            }
            if (output != null) {
                files.put(output, yaml);
            } else if (directory != null) {
                files.put(directory.resolve(OutputNames.baseName(input) + ".yaml"), yaml);
            } else {
                if (stdout.length() > 0) {
                    stdout.append("---\n");
                }
                stdout.append(new String(yaml, StandardCharsets.UTF_8));
            }
        }
        if (!files.isEmpty()) {
            try {
                AtomicFiles.writeAll(files);
            } catch (IOException e) {
                err.println(files.keySet().iterator().next() + ": error: cannot write: "
                        + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        io.out().print(stdout);
        io.out().flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * Imports one input into the bytes of its record, printing the warnings: a PDF that carries its YAML record
     * (rendered with {@code --embed-source}) gives that record unchanged; another PDF, or a text in UTF-8 (Latin-1
     * when it is not UTF-8), is read; other binary files are refused.
     */
    private byte[] importOne(CvImporter importer, Path input, String shown, String version, PrintWriter err)
            throws ImportFailure {
        byte[] bytes = read(input, maxInputSize);
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            try {
                Optional<AttachedSource.Found> attached = AttachedSource.find(bytes);
                if (attached.isPresent()) {
                    err.println(shown + ": the PDF carries its YAML record ("
                            + attached.get().fileName() + "); imported it unchanged instead of reading the text");
                    return attached.get().yaml();
                }
                return written(importer.importPdf(shown, bytes, name), input, shown, version, err);
            } catch (IOException e) {
                throw new ImportFailure("cannot read the PDF: " + e.getMessage());
            }
        }
        if (isBinary(bytes)) {
            throw new ImportFailure("is not a text file or a PDF (it holds binary data)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            err.println(shown + ": not UTF-8; read as Latin-1 (ISO-8859-1)");
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (text.isBlank()) {
            throw new ImportFailure("is empty; there is no CV text to import");
        }
        return written(importer.importText(shown, text, name), input, shown, version, err);
    }

    /** The record as YAML, after printing the warnings about it. */
    private byte[] written(ImportResult result, Path input, String shown, String version, PrintWriter err) {
        for (ImportWarning w : result.warnings()) {
            err.println(w.format(shown));
        }
        return CvYamlWriter.write(result.cv(), input.getFileName().toString(), version).getBytes(StandardCharsets.UTF_8);
    }

    /** The input's bytes; a directory, a missing file or a file larger than {@code limit} is refused. */
    private static byte[] read(Path input, ByteSize limit) throws ImportFailure {
        try {
            if (Files.isDirectory(input)) {
                throw new ImportFailure("is a directory, not a CV text");
            }
            Optional<String> tooBig = limit.refusal(Files.size(input));
            if (tooBig.isPresent()) {
                throw new ImportFailure(tooBig.get());
            }
            return Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new ImportFailure("no such file");
        } catch (IOException e) {
            throw new ImportFailure("cannot read: " + e.getMessage());
        }
    }

    /** True when NUL bytes or other control bytes make up more than a few per cent of the start of the file. */
    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static UsageError usage(String message) {
        return new UsageError(message);
    }

    /** Why one input could not be imported; reported as a one-line message. */
    private static final class ImportFailure extends Exception {
        ImportFailure(String message) {
            super(message);
        }
    }
}
