package cvpress.bench;

import cvpress.importer.CvImporter;
import cvpress.importer.CvYamlWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark of {@code make import} warm in one JVM: every {@code seeds/*.txt} imported and written as YAML. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WarmImport {

    private final List<String> names = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                names.add(p.getFileName().toString());
                texts.add(Files.readString(p));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("no seeds/*.txt under " + Path.of("").toAbsolutePath());
        }
    }

    @Benchmark
    public int importAll() {
        CvImporter importer = new CvImporter();
        int chars = 0;
        for (int i = 0; i < names.size(); i++) {
            chars += CvYamlWriter.write(importer.importText(names.get(i), texts.get(i), null).cv(), names.get(i),
                    "bench").length();
        }
        return chars;
    }
}
