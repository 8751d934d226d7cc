package cvpress.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads a CV file: reads the YAML, checks every block and reports every problem at once with its place; never
 * throws for bad input. Safe to share between threads.
 */
public final class CvLoader {

    private static final List<String> TOP_LEVEL_KEYS = List.of("cv", "design", "locale", "settings",
            "locale_catalog");

    private final LocalDate fallbackToday;
    private final List<DesignOverride> overrides;
    private final ByteSize maxInput;
    private final YamlReader yamlReader;
    private final Function<String, String> styleCheck;

    /** A loader that dates CVs whose {@code settings.current_date} is absent or {@code today} with the given day. */
    public CvLoader(LocalDate fallbackToday) {
        this(fallbackToday, List.of());
    }

    /** A loader that also sets the given design values in every file before checking it, as if written there. */
    public CvLoader(LocalDate fallbackToday, List<DesignOverride> overrides) {
        this(fallbackToday, overrides, SourceText.DEFAULT_LIMIT);
    }

    /** As {@link #CvLoader(LocalDate, List)}, refusing files larger than {@code maxInput} (default 5 MB). */
    public CvLoader(LocalDate fallbackToday, List<DesignOverride> overrides, ByteSize maxInput) {
        this(fallbackToday, overrides, maxInput, null);
    }

    private CvLoader(LocalDate fallbackToday, List<DesignOverride> overrides, ByteSize maxInput,
                     Function<String, String> styleCheck) {
        this.fallbackToday = Objects.requireNonNull(fallbackToday, "fallbackToday");
        this.overrides = List.copyOf(overrides);
        this.maxInput = Objects.requireNonNull(maxInput, "maxInput");
        this.yamlReader = new YamlReader(maxInput);
        this.styleCheck = styleCheck;
    }

    /**
     * This loader, also checking the style a file names in {@code design.style}: {@code problem} gives the one-line
     * reason a style name cannot be used, or null when it can; the reason is reported at the name's place.
     */
    public CvLoader checkingStyles(Function<String, String> problem) {
        return new CvLoader(fallbackToday, overrides, maxInput, Objects.requireNonNull(problem, "problem"));
    }

    /** The input size this loader reads unless told otherwise. */
    public static ByteSize defaultMaxInput() {
        return SourceText.DEFAULT_LIMIT;
    }

    /** Loads a file; problems reading it (missing, a directory, too big) come back as diagnostics. */
    public LoadResult load(Path file) {
        String name = file.toString();
        Location where = Location.ofFile(name);
        try {
            if (Files.isDirectory(file)) {
                return failed(where, "is a directory, not a CV file");
            }
            Optional<String> tooBig = maxInput.refusal(Files.size(file));
            if (tooBig.isPresent()) {
                return failed(where, tooBig.get());
            }
            byte[] content = Files.readAllBytes(file);
            Path absolute = file.toAbsolutePath().normalize();
            return withContent(load(name, content, absolute.getParent(), absolute), content);
        } catch (NoSuchFileException e) {
            return failed(where, "no such file");
        } catch (AccessDeniedException e) {
            return failed(where, "permission denied");
        } catch (IOException | SecurityException e) {
            return failed(where, "cannot read the file: " + e.getMessage());
        }
    }

    /** Loads CV content; {@code displayName} names it in messages and {@code baseDir} resolves {@code photo}. */
    public LoadResult load(String displayName, byte[] content, Path baseDir) {
        Path dir = (baseDir == null ? Path.of("") : baseDir).toAbsolutePath().normalize();
        Path source;
        try {
            Path named = Path.of(displayName).getFileName();
            source = named == null ? null : dir.resolve(named);
        } catch (InvalidPathException e) {
            source = null;
        }
        return withContent(load(displayName, content, dir, source), content);
    }

    private static LoadResult withContent(LoadResult result, byte[] content) {
        return new LoadResult(result.document(), result.diagnostics(), content);
    }

    private LoadResult load(String displayName, byte[] content, Path baseDir, Path source) {
        SourceText.Decoded decoded = SourceText.decode(displayName, content, maxInput);
        if (decoded.problem() != null) {
            return new LoadResult(null, List.of(decoded.problem()));
        }
        if (decoded.text().isBlank()) {
            return failed(Location.ofFile(displayName), "file is empty; a CV needs a cv: block");
        }
        YamlReader.Result yaml = yamlReader.read(displayName, decoded.text());
        Problems problems = new Problems();
        problems.addAll(yaml.diagnostics());
        problems.addAll(SourceText.bidiControls(displayName, decoded.text()));
        if (yaml.root() == null) {
            if (yaml.diagnostics().isEmpty()) {
                return failed(Location.ofFile(displayName), "file is empty; a CV needs a cv: block");
            }
            return new LoadResult(null, problems.inFileOrder());
        }
        if (!(yaml.root() instanceof YamlNode.Mapping written)) {
            problems.error(yaml.root().location(), "", "the top level must be a mapping with a cv key, not "
                    + yaml.root().kind());
            return new LoadResult(null, problems.inFileOrder());
        }
        YamlNode.Mapping root = written;
        for (DesignOverride override : overrides) {
            root = override.applyTo(root);
        }
        CvDocument document = read(root, source, baseDir, problems);
        return new LoadResult(problems.hasErrors() ? null : document, problems.inFileOrder());
    }

    private CvDocument read(YamlNode.Mapping root, Path source, Path baseDir, Problems problems) {
        Fields fields = new Fields(problems);
        fields.checkKeys(root, "", TOP_LEVEL_KEYS);
        YamlNode.Mapping cvNode = fields.mapping(root.get("cv"), "cv");
        Cv cv = null;
        if (cvNode != null) {
            cv = new CvReader(fields, baseDir).read(cvNode);
        } else if (!YamlNode.present(root.get("cv"))) {
            problems.error(root.location(), "cv", "the file has no cv: block (the CV's name, contacts and sections)");
        }
        YamlNode.Mapping designNode = fields.mapping(root.get("design"), "design");
        DesignReader.Result design = designNode == null ? new DesignReader.Result(Design.DEFAULT, null, null)
                : new DesignReader(fields).read(designNode);
        checkStyle(designNode, design.design(), problems);
        CvLocale locale = locale(root, fields, design);
        Settings settings = new SettingsReader(fields).read(fields.mapping(root.get("settings"), "settings"),
                fallbackToday);
        return cv == null ? null : new CvDocument(source, cv, design.design(), locale, settings);
    }

    /** Reports a {@code design.style} the style check refuses, at the place the name is written. */
    private void checkStyle(YamlNode.Mapping designNode, Design design, Problems problems) {
        if (styleCheck == null || designNode == null || design.style() == null
                || !YamlNode.present(designNode.get("style"))) {
            return;
        }
        String problem = styleCheck.apply(design.style());
        if (problem != null) {
            problems.error(designNode.get("style").location(), "design.style", problem);
        }
    }

    /** The locale block, or RenderCV 1.x's locale_catalog when the file has only that. */
    private static CvLocale locale(YamlNode.Mapping root, Fields fields, DesignReader.Result design) {
        LocaleReader reader = new LocaleReader(fields);
        YamlNode.Mapping catalog = fields.mapping(root.get("locale_catalog"), "locale_catalog");
        if (catalog != null && !YamlNode.present(root.get("locale"))) {
            return reader.readCatalog(catalog, design.singleDate(), design.dateRange());
        }
        if (catalog != null) {
            fields.problems().warn(root.pair("locale_catalog").key().location(), "locale_catalog",
                    "locale_catalog is ignored because the file also has a locale block");
        }
        return reader.read(fields.mapping(root.get("locale"), "locale"), design.singleDate(), design.dateRange());
    }

    private static LoadResult failed(Location where, String message) {
        return new LoadResult(null, List.of(new Diagnostic(Diagnostic.Severity.ERROR, where, "", message)));
    }
}
