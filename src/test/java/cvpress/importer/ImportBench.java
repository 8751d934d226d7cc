package cvpress.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** For {@code make bench}: imports every {@code seeds/*.txt} in one JVM, cold (first pass) and warm (median of ten). */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path p : seeds) {
            texts.add(Files.readString(p));
        }
        long first = pass(seeds, texts);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            warm.add(pass(seeds, texts));
        }
        warm.sort(null);
        System.out.printf("import all %d seeds in one JVM: first pass %d ms, warm %d ms (median of 10)%n", seeds.size(),
                first, warm.get(5));
    }

    private static long pass(List<Path> seeds, List<String> texts) {
        long start = System.nanoTime();
        CvImporter importer = new CvImporter();
        for (int i = 0; i < seeds.size(); i++) {
            String name = seeds.get(i).getFileName().toString();
            CvYamlWriter.write(importer.importText(name, texts.get(i), null).cv(), name, "bench");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
