package cvpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same CV renders to the same bytes under this JDK and under another major version found in
 * {@code /usr/lib/jvm} (run as a subprocess on this test's class path, in another time zone and locale, dated by
 * {@code SOURCE_DATE_EPOCH} to the day this process dates it by), in every built-in style. Skipped, saying why,
 * where no second JDK is installed.
 */
class CrossJdkDeterminismTest {

    private static final Path JVMS = Path.of("/usr/lib/jvm");
    private static final String TRANSFORMER = "javax.xml.transform.TransformerFactory";
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    /** One CV that pins its date in settings and one that takes it from SOURCE_DATE_EPOCH. */
    private static final List<Path> CVS = List.of(Path.of("seeds/john-doe-rendercv.yaml"),
            Path.of("seeds/uw-systems-phd.yaml"));

    @TempDir
    Path dir;

    @Test
    void anotherJdkRendersTheSameBytes() throws Exception {
        int running = Runtime.version().feature();
        Optional<Path> other = otherJdk(running);
        assumeTrue(other.isPresent(), "no JDK of a major version other than " + running + " under " + JVMS
                + " (a directory with bin/java and a release file); cross-JDK determinism is not checked here");
        Path java = other.get().resolve("bin/java");

        Renderer renderer = new Renderer();
        CvLoader loader = new CvLoader(DAY);
        for (Style style : new StyleCatalog(Path.of(".")).builtIns()) {
            Path out = dir.resolve(style.name());
            List<String> command = new ArrayList<>(List.of(java.toString(), "-Duser.language=tr",
                    "-Duser.country=TR", "-Duser.timezone=Pacific/Auckland", "-cp", classPath()));
            // The XML transformer the build pins for the tests (the JDK's, as in the jar), not Saxon from the class path.
            String xslt = System.getProperty(TRANSFORMER);
            if (xslt != null) {
                command.add("-D" + TRANSFORMER + "=" + xslt);
            }
            command.addAll(List.of("cvpress.cli.Main", "render", "--jobs", "1", "--style", style.name(), "-o",
                    out.toString()));
            CVS.forEach(cv -> command.add(cv.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("SOURCE_DATE_EPOCH", Long.toString(DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC)));
            pb.environment().put("TZ", "Pacific/Auckland");
            Process p = pb.start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the render under " + java + " did not finish");
            assertEquals(0, p.exitValue(), log);

            for (Path cv : CVS) {
                LoadResult loaded = loader.load(cv);
                assertTrue(loaded.ok(), cv.toString());
                byte[] here = renderer.pdf(loaded.document(), style);
                String name = OutputNames.baseName(cv) + "-" + style.name() + ".pdf";
                byte[] there = Files.readAllBytes(out.resolve(name));
                assertArrayEquals(here, there, name + ": Java " + running + " and " + other.get().getFileName()
                        + " wrote different bytes");
            }
        }
    }

    /** An installed JDK whose major version differs from {@code running}, the newest first. */
    private static Optional<Path> otherJdk(int running) throws IOException {
        if (!Files.isDirectory(JVMS)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(JVMS)) {
            return s.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> major(d).filter(v -> v != running).isPresent())
                    .max(java.util.Comparator.comparing((Path d) -> major(d).orElse(0)).thenComparing(Path::toString));
        }
    }

    private static Optional<Integer> major(Path jdk) {
        try {
            Matcher m = JAVA_VERSION.matcher(Files.readString(jdk.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** This test's class path as directories and jars (Surefire may run the tests from a manifest-only jar). */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
    }
}
