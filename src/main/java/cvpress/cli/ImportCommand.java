package cvpress.cli;

import cvpress.importer.AttachedSource;
import cvpress.importer.CvImporter;
import cvpress.importer.CvYamlWriter;
import cvpress.importer.ImportResult;
import cvpress.importer.ImportWarning;
import cvpress.model.ByteSize;
import java.io.IOException;
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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cvpress import}: reads CV texts and PDFs and writes them as YAML records, warning about what it could not place. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import CVs (PDFs, or texts in markdown or plain text) into YAML records.",
                "Writes to standard output unless -o or -d is given; warnings go to standard error with the "
                        + "input line they concern."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "CVs: PDFs or texts (.txt, .md).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.yaml", description = "Write the record to this file (one input only).")
    Path output;

    @Option(names = {"-d", "--directory"}, paramLabel = "DIR", description = "Write each record to DIR/<input name>.yaml.")
    Path directory;

    @Option(names = "--name", paramLabel = "\"Full Name\"",
            description = "The owner's name, used when neither a header nor the publications give it.")
    String name;

    @CommandLine.Mixin
    InputSizeOption inputSize = new InputSizeOption();

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
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
                yaml = importOne(importer, input, shown, version);
            } catch (ImportFailure e) {
                spec.commandLine().getErr().println(shown + ": error: " + e.getMessage());
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
                spec.commandLine().getErr().println(files.keySet().iterator().next() + ": error: cannot write: "
                        + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        spec.commandLine().getOut().print(stdout);
        spec.commandLine().getOut().flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * Imports one input into the bytes of its record, printing the warnings: a PDF that carries its YAML record
     * (rendered with {@code --embed-source}) gives that record unchanged; another PDF, or a text in UTF-8 (Latin-1
     * when it is not UTF-8), is read; other binary files are refused.
     */
    private byte[] importOne(CvImporter importer, Path input, String shown, String version) throws ImportFailure {
        byte[] bytes = read(input, inputSize.limit());
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            try {
                Optional<AttachedSource.Found> attached = AttachedSource.find(bytes);
                if (attached.isPresent()) {
                    spec.commandLine().getErr().println(shown + ": the PDF carries its YAML record ("
                            + attached.get().fileName() + "); imported it unchanged instead of reading the text");
                    return attached.get().yaml();
                }
                return written(importer.importPdf(shown, bytes, name), input, shown, version);
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
            spec.commandLine().getErr().println(shown + ": not UTF-8; read as Latin-1 (ISO-8859-1)");
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (text.isBlank()) {
            throw new ImportFailure("is empty; there is no CV text to import");
        }
        return written(importer.importText(shown, text, name), input, shown, version);
    }

    /** The record as YAML, after printing the warnings about it. */
    private byte[] written(ImportResult result, Path input, String shown, String version) {
        for (ImportWarning w : result.warnings()) {
            spec.commandLine().getErr().println(w.format(shown));
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

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Why one input could not be imported; reported as a one-line message. */
    private static final class ImportFailure extends Exception {
        ImportFailure(String message) {
            super(message);
        }
    }
}
