package cvpress.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.model.CvLoader;
import cvpress.model.Diagnostic;
import cvpress.model.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Empty, odd, huge and mangled inputs give valid YAML (with warnings) without throwing, in linear time. */
class RobustnessTest {

    private static final int ROUNDS = Integer.getInteger("cvpress.fuzz.rounds", 300);
    private static final String JUNK = ":#*$\\{}[]|-–\"'`>&!%@~^_<u></u>**\u0000\u0007\u200b\u202e😀\t\r\f ";

    private static List<String> loadErrors(String yaml) {
        LoadResult r = new CvLoader(LocalDate.of(2026, 1, 1)).load("fuzz.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                Path.of("."));
        return r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    private static String importAndWrite(String text) {
        ImportResult r = new CvImporter().importText("in.txt", text, null);
        return CvYamlWriter.write(r.cv(), "in.txt", "test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "\u0000\u0001\u0002", "$$$", "**", "# ", "- ", "---", "\\", "{}",
        "EDUCATION", "Page 1 of 2", "a: b", "2019 - 2020", "*", "[x](", "$\\alpha", "“unclosed"})
    void oddInputsGiveValidYaml(String text) {
        String yaml = importAndWrite(text);
        assertEquals(List.of(), loadErrors(yaml), yaml);
    }

    @Test
    void emptyInputWarnsThatThereIsNoName() {
        ImportResult r = new CvImporter().importText("empty.txt", "", null);
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().startsWith("no name found")));
        assertEquals(List.of(), r.cv().sections());
    }

    @Test
    void tenMegabytesImportInLinearTime() throws IOException {
        String seed = Files.readString(Path.of("seeds/rochester-phd-ml-engineer.txt"));
        StringBuilder small = new StringBuilder();
        while (small.length() < 1_000_000) {
            small.append(seed).append('\n');
        }
        String big = small.toString().repeat(10);
        String oneLine = "word ".repeat(2_000_000);
        long smallTime = time(small.toString());
        long bigTime = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> time(big));
        long lineTime = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> time(oneLine));
        System.out.printf("import 1 MB: %d ms, 10 MB: %d ms, one 10 MB line: %d ms%n", smallTime, bigTime, lineTime);
        assertTrue(bigTime < 30 * Math.max(smallTime, 50), "10 MB took " + bigTime + " ms, 1 MB " + smallTime + " ms");
    }

    @Test
    void aHugeLineOfDatesAndWordsDoesNotRecurse() {
        String line = "EDUCATION\n\nSome University\n" + "2019 Foo Bar Baz ".repeat(200_000);
        String yaml = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> importAndWrite(line));
        assertTrue(yaml.contains("Some University"));
    }

    private static long time(String text) {
        long start = System.nanoTime();
        new CvImporter().importText("big.txt", text, null);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void mangledSeedsNeverThrowAndAlwaysGiveValidYamlWithEveryWord() throws IOException {
        List<Path> seeds = SeedImportTest.seeds().toList();
        Random random = new Random(20261122);
        for (int round = 0; round < ROUNDS; round++) {
            Path seed = seeds.get(round % seeds.size());
            String original = Files.readString(seed);
            List<String> lines = new ArrayList<>(Arrays.asList(original.split("\n", -1)));
            for (int m = 0; m < 1 + random.nextInt(12); m++) {
                mutate(lines, random);
            }
            String text = String.join("\n", lines);
            String yaml = importAndWrite(text);
            assertEquals(List.of(), loadErrors(yaml), "round " + round + " of " + seed + ":\n" + text + "\n---\n" + yaml);
            if (scripts(text) <= scripts(original)) {
                java.util.Set<String> missing = new java.util.TreeSet<>(WordRecall.measure(text, yaml).missing().keySet());
                missing.removeAll(titleWords(text));
                assertEquals(java.util.Set.of(), missing, "round " + round + " of " + seed + " lost words:\n" + text);
            }
        }
    }

    /** The words of the CV's section titles: a heading repeated in the input merges into one section. */
    private static List<String> titleWords(String text) {
        List<String> words = new ArrayList<>();
        for (cvpress.model.Section s : new CvImporter().importText("in.txt", text, null).cv().sections()) {
            words.addAll(WordRecall.outputWords(s.title()));
        }
        return words;
    }

    /**
     * How many math and script marks ({@code $ ^ _}) a text has: junk ones make LaTeX math that joins letters the
     * word count splits, so word recall is held only for mutations that add none.
     */
    private static long scripts(String text) {
        return text.chars().filter(c -> c == '^' || c == '_' || c == '$').count();
    }

    private static void mutate(List<String> lines, Random random) {
        if (lines.isEmpty()) {
            lines.add("");
        }
        int i = random.nextInt(lines.size());
        switch (random.nextInt(5)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(random.nextInt(lines.size())));
            case 2 -> Collections.swap(lines, i, random.nextInt(lines.size()));
            case 3 -> {
                String l = lines.get(i);
                int at = l.isEmpty() ? 0 : random.nextInt(l.length() + 1);
                StringBuilder junk = new StringBuilder();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    junk.appendCodePoint(JUNK.codePoints().toArray()[random.nextInt((int) JUNK.codePoints().count())]);
                }
                lines.set(i, l.substring(0, at) + junk + l.substring(at));
            }
            default -> Collections.shuffle(lines.subList(i, Math.min(lines.size(), i + 1 + random.nextInt(8))), random);
        }
    }
}
