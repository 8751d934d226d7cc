package cvpress.importer;

import cvpress.model.Cv;
import java.util.List;

/** The CV read from an input, and the warnings about what the importer kept without knowing where it belongs. */
public record ImportResult(Cv cv, List<ImportWarning> warnings) {
    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
