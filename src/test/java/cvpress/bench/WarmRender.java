package cvpress.bench;

import cvpress.model.CvLoader;
import cvpress.model.LoadResult;
import cvpress.render.Renderer;
import cvpress.style.Style;
import cvpress.style.StyleCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark of a warm render in one JVM, as {@code make pdf} and {@code render --watch} do it after their first
 * file: load and validate the YAML, then typeset the PDF/A + PDF/UA file, in each built-in style.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WarmRender {

    /** The CV, relative to the project directory. */
    @Param("seeds/rochester-phd-ml-engineer.yaml")
    public String file;

    @Param({"academic", "industry", "one-page"})
    public String style;

    private Path path;
    private Style resolved;
    private CvLoader loader;
    private Renderer renderer;

    @Setup
    public void setUp() throws Exception {
        path = Path.of(file);
        resolved = new StyleCatalog(Path.of("").toAbsolutePath()).resolve(style);
        loader = new CvLoader(LocalDate.of(2026, 1, 1));
        renderer = new Renderer();
    }

    @Benchmark
    public byte[] render() throws Exception {
        LoadResult loaded = loader.load(path);
        if (!loaded.ok()) {
            throw new IllegalStateException(path + " does not load: " + loaded.diagnostics());
        }
        return renderer.pdf(loaded.document(), resolved);
    }
}
