package cvpress.cli;

import cvpress.style.StyleCatalog;
import cvpress.style.StyleException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Why a style name a CV file gives cannot be used (null when it can), each name resolved once per command. */
final class StyleProblems {

    private StyleProblems() {
    }

    static Function<String, String> of(StyleCatalog catalog) {
        Map<String, String> seen = new ConcurrentHashMap<>();
        return name -> {
            String problem = seen.computeIfAbsent(name, n -> {
                try {
                    catalog.resolve(n);
                    return "";
                } catch (StyleException e) {
                    return e.getMessage();
                }
            });
            return problem.isEmpty() ? null : problem;
        };
    }
}
