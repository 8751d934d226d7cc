package cvpress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cvpress.render.TextLayer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/cvpress} run as users run it, on the packaged jar ({@code mvn verify} runs this after {@code package}):
 * with its own class-data-sharing archive it maps the archive, and with no archive, one of random bytes, one
 * truncated, one damaged past its header, one recorded by another JVM build, one gone stale when the jar was rebuilt
 * or one taken from another checkout it still writes the same PDF as {@code java -jar}, exits 0, and says nothing on
 * stderr beyond what the jar itself says.
 */
class LauncherIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/cvpress.jar");
    private static final Path CV = PROJECT.resolve("seeds/john-doe-rendercv.yaml");
    private static final String PDF = "john-doe-rendercv-academic.pdf";
    /** A line of {@code -Xlog:class+load} saying that a cvpress class came from a class-data-sharing archive. */
    private static final Pattern FROM_ARCHIVE = Pattern.compile("(?m)\\bcvpress\\.\\S+ source: shared objects file");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** A checkout holding only the launcher and the jar, its archive recorded by a training render. */
    @TempDir
    static Path trained;

    private static byte[] archive;
    private static byte[] plainPdf;
    private static String plainStderr;

    @TempDir
    Path dir;

    /** What one process did: its exit code, its stderr and the PDF it wrote (empty when it wrote none). */
    record Run(int exit, String stderr, byte[] pdf, String classLoading) {
    }

    @BeforeAll
    static void recordArchiveAndPlainRender() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: this test runs in `mvn verify`, after `package`");
        checkout(trained);
        Path jsa = trained.resolve("target/cvpress.jsa");
        recordArchive(trained, jsa);
        archive = Files.readAllBytes(jsa);
        assertTrue(archive.length > 1_000_000, "the training recorded an archive of " + archive.length + " B");

        Path out = Files.createDirectories(trained.resolve("plain"));
        Process p = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "render", "--style", "academic", "-o",
                out.toString(), CV.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(trained.resolve("plain.err").toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the plain render did not finish");
        plainStderr = Files.readString(trained.resolve("plain.err"));
        assertEquals(0, p.exitValue(), plainStderr);
        plainPdf = Files.readAllBytes(out.resolve(PDF));
    }

    @Test
    void mapsItsOwnArchiveAndWritesTheSamePdfAsThePlainJar() throws Exception {
        Run run = launch(trained, dir.resolve("out"), "");
        assertRendered(run);
        assertTrue(FROM_ARCHIVE.matcher(run.classLoading()).find(), "no cvpress class came from the archive");
    }

    /** Every -XX option in bin/jvm.options reaches the JVM bin/cvpress starts, as set on its command line. */
    @Test
    void startsTheJvmOnItsOptionsFile() throws Exception {
        List<String> options = Files.readAllLines(PROJECT.resolve("bin/jvm.options")).stream()
                .filter(line -> line.startsWith("-XX:")).toList();
        assertTrue(options.size() >= 5, options.toString());
        String flags = finalFlags("");
        for (String option : options) {
            String name = option.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*", "");
            String wanted = option.contains("=") ? option.substring(option.indexOf('=') + 1)
                    : Boolean.toString(option.charAt(4) == '+');
            Matcher line = flag(flags, name);
            String value = line.group(1);
            assertTrue(wanted.matches("true|false") ? wanted.equals(value)
                    : Double.parseDouble(wanted) == Double.parseDouble(value), option + ": the JVM has " + value);
            assertEquals("command line", line.group(2), option);
        }
    }

    /**
     * bin/cvpress asks for transparent huge pages exactly where the kernel offers them ("always" or "madvise"), so
     * that a JVM without them neither warns nor refuses the option, and CVPRESS_JAVA_OPTS can still turn them off.
     */
    @Test
    void asksForTransparentHugePagesWhereTheKernelOffersThem() throws Exception {
        Path mode = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.isReadable(mode)
                && Pattern.compile("\\[(always|madvise)\\]").matcher(Files.readString(mode)).find();
        Matcher asked = flag(finalFlags(""), "UseTransparentHugePages");
        assertEquals(Boolean.toString(offered), asked.group(1), "the kernel's mode: " + (Files.isReadable(mode)
                ? Files.readString(mode).strip() : "none"));
        assertEquals(offered ? "command line" : "default", asked.group(2));
        assertEquals("false", flag(finalFlags("-XX:-UseTransparentHugePages"), "UseTransparentHugePages").group(1),
                "CVPRESS_JAVA_OPTS did not win");
    }

    /**
     * What {@code -XX:+PrintFlagsFinal} prints for {@code bin/cvpress --version} with {@code opts} in
     * CVPRESS_JAVA_OPTS; the JVM must say nothing on stderr.
     */
    private static String finalFlags(String opts) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(trained.resolve("bin/cvpress").toString(), "--version");
        pb.environment().put("JAVA", JAVA);
        pb.environment().put("CVPRESS_JAVA_OPTS", (opts + " -XX:+PrintFlagsFinal").strip());
        Process p = pb.start();
        String flags = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "bin/cvpress did not finish");
        assertEquals(0, p.exitValue(), stderr);
        assertEquals("", stderr, "the JVM said something on stderr");
        return flags;
    }

    /** The line of {@code -XX:+PrintFlagsFinal}'s output for {@code name}: group 1 its value, group 2 its origin. */
    private static Matcher flag(String flags, String name) {
        // PrintFlagsFinal lines read "type name = value {kind} {origin}".
        Matcher line = Pattern.compile("(?m)^\\s*\\S+\\s+" + Pattern.quote(name)
                + "\\s+= (\\S+)\\s+\\{[^}]*\\} \\{([^}]*)\\}").matcher(flags);
        assertTrue(line.find(), "the JVM lists no " + name);
        return line;
    }

    @Test
    void withoutAnArchive() throws Exception {
        Path root = checkout(dir.resolve("checkout"));
        assertFallback(launch(root, dir.resolve("out"), ""));
    }

    @Test
    void withAnArchiveOfRandomBytes() throws Exception {
        Path root = checkout(dir.resolve("checkout"));
        byte[] noise = new byte[archive.length];
        new Random(7).nextBytes(noise);
        install(root, noise);
        assertFallback(launch(root, dir.resolve("out"), ""));
    }

    @Test
    void withATruncatedArchive() throws Exception {
        Path root = checkout(dir.resolve("checkout"));
        install(root, Arrays.copyOf(archive, archive.length - 4096));
        assertFallback(launch(root, dir.resolve("out"), ""));
    }

    @Test
    void withAnArchiveDamagedPastItsHeader() throws Exception {
        Path root = checkout(dir.resolve("checkout"));
        byte[] damaged = archive.clone();
        for (int i = 64 * 1024; i < damaged.length; i += 4096) {
            damaged[i] ^= (byte) 0xff;
        }
        install(root, damaged);
        assertFallback(launch(root, dir.resolve("out"), ""));
    }

    @Test
    void withAnArchiveRecordedByAnotherJvmBuild() throws Exception {
        Path root = checkout(dir.resolve("checkout"));
        byte[] foreign = archive.clone();
        // The header names the JVM build that recorded it; the JVM refuses an archive naming another build.
        byte[] version = System.getProperty("java.vm.version").getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(foreign, version, 4096);
        assertTrue(at >= 0, "the archive's header does not name this JVM's build " + new String(version,
                StandardCharsets.US_ASCII));
        foreign[at] = (byte) (foreign[at] == '9' ? '8' : '9');
        install(root, foreign);
        assertFallback(launch(root, dir.resolve("out"), ""));
    }

    @Test
    void withAnArchiveGoneStaleWhenTheJarWasRebuilt() throws Exception {
        Path root = checkout(dir.resolve("checkout"));
        install(root, archive);
        Path jar = root.resolve("target/cvpress.jar");
        Path jarOfTraining = trained.resolve("target/cvpress.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jarOfTraining).toMillis()
                + 60_000));
        assertFallback(launch(root, dir.resolve("out"), ""));
    }

    @Test
    void withAnArchiveTakenFromAnotherCheckout() throws Exception {
        Path root = checkout(dir.resolve("checkout"));
        install(root, archive);
        // Whether this JVM accepts an archive recorded for the same jar at another path is its own affair; the
        // render must succeed quietly either way.
        assertRendered(launch(root, dir.resolve("out"), ""));
    }

    /** Records an archive as {@code make build} does, from one training render: the classes it loads, dumped. */
    private static void recordArchive(Path root, Path jsa) throws IOException, InterruptedException {
        Path classes = root.resolve("training.classes");
        Path log = root.resolve("training.log");
        run(log, JAVA, "-Xshare:off", "-XX:DumpLoadedClassList=" + classes, "-jar", JAR.toString(), "render",
                "--style", "academic", "-o", root.resolve("training").toString(), CV.toString());
        run(log, JAVA, "-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + jsa, "-cp",
                root.resolve("target/cvpress.jar").toString());
    }

    private static void run(Path log, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + Files.readString(log));
    }

    /** The render succeeded as the plain jar's did, and no class came from the application archive. */
    private static void assertFallback(Run run) {
        assertRendered(run);
        assertFalse(FROM_ARCHIVE.matcher(run.classLoading()).find(),
                "cvpress classes came from an archive the JVM should have refused");
    }

    private static void assertRendered(Run run) {
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(numbersOut(plainStderr), numbersOut(run.stderr()),
                "the launcher's stderr holds more than the jar's own messages");
        assertTrue(run.pdf().length > 0, "no PDF written");
        try (PDDocument doc = Loader.loadPDF(run.pdf())) {
            assertTrue(doc.getNumberOfPages() >= 1, "the PDF has no page");
            assertTrue(TextLayer.extract(doc).contains("John Doe"), "the PDF's text lacks the CV's name");
        } catch (IOException e) {
            throw new AssertionError("the PDF does not parse: " + e.getMessage(), e);
        }
        assertArrayEquals(plainPdf, run.pdf(), "the launcher's PDF differs from the plain jar's");
    }

    /** The jar's messages with their figures (a render's duration) left out. */
    private static String numbersOut(String stderr) {
        return stderr.replaceAll("\\d+(\\.\\d+)?", "N");
    }

    /** Puts {@code bytes} in place as the checkout's archive. */
    private static void install(Path root, byte[] bytes) throws IOException {
        Files.write(root.resolve("target/cvpress.jsa"), bytes);
    }

    /**
     * A checkout holding bin/cvpress with its JVM options and target/cvpress.jar (its modification time kept), and
     * no archive.
     */
    private static Path checkout(Path root) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.copy(PROJECT.resolve("bin/cvpress"), bin.resolve("cvpress"));
        Files.setPosixFilePermissions(bin.resolve("cvpress"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(PROJECT.resolve("bin/jvm.options"), bin.resolve("jvm.options"));
        Files.copy(JAR, Files.createDirectories(root.resolve("target")).resolve("cvpress.jar"),
                StandardCopyOption.COPY_ATTRIBUTES);
        return root;
    }

    /** Runs {@code bin/cvpress render} in {@code root} with {@code javaOpts}, logging where classes came from. */
    private static Run launch(Path root, Path out, String javaOpts) throws IOException, InterruptedException {
        Path err = root.resolve("err.txt");
        Path classes = root.resolve("class-load.txt");
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/cvpress").toString(), "render", "--style",
                "academic", "-o", out.toString(), CV.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA", JAVA);
        env.put("CVPRESS_JAVA_OPTS", (javaOpts + " -Xlog:class+load=info:file=" + classes).strip());
        Files.deleteIfExists(classes);
        Process p = pb.start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "bin/cvpress did not finish");
        Path pdf = out.resolve(PDF);
        return new Run(p.exitValue(), Files.readString(err), Files.exists(pdf) ? Files.readAllBytes(pdf) : new byte[0],
                Files.exists(classes) ? Files.readString(classes) : "");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int within) {
        for (int i = 0; i + needle.length <= Math.min(haystack.length, within); i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
