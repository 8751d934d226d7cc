package cvpress.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;

/** One sub-command's parsed command line: its options by long name, read as the types the command needs. */
final class Arguments {

    private final CommandLine parsed;

    Arguments(CommandLine parsed) {
        this.parsed = parsed;
    }

    /** The parameters (the words that are not options), in order. */
    List<String> parameters() {
        return parsed.getArgList();
    }

    /** The parameters as paths. */
    List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (String p : parameters()) {
            try {
                paths.add(toPath(p));
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        return paths;
    }

    /** True when the flag is given. */
    boolean flag(String name) {
        return parsed.hasOption(name);
    }

    /** The option's value, or {@code otherwise} when it is not given; a value given twice is a usage error. */
    String value(String name, String otherwise) {
        String[] values = parsed.getOptionValues(name);
        if (values == null) {
            return otherwise;
        }
        if (values.length > 1) {
            throw new UsageError("option '--" + name + "' should be given only once, not " + values.length + " times");
        }
        return values[0];
    }

    /** Every value of a repeatable option, in order. */
    List<String> values(String name) {
        String[] values = parsed.getOptionValues(name);
        return values == null ? List.of() : List.of(values);
    }

    /** The option's value read by {@code read}, whose IllegalArgumentException says why a value is wrong. */
    <T> T converted(String name, String otherwise, Function<String, T> read) {
        String value = value(name, otherwise);
        if (value == null) {
            return null;
        }
        try {
            return read.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageError("Invalid value for option '--" + name + "': " + e.getMessage());
        }
    }

    /** The option's value as a whole number. */
    Integer integer(String name, String otherwise) {
        return converted(name, otherwise, Arguments::wholeNumber);
    }

    /** The option's value as a number. */
    Float number(String name, String otherwise) {
        return converted(name, otherwise, Arguments::decimal);
    }

    /** The option's value as a path. */
    Path path(String name, String otherwise) {
        return converted(name, otherwise, Arguments::toPath);
    }

    private static Integer wholeNumber(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
    }

    private static Float decimal(String value) {
        try {
            float f = Float.parseFloat(value.strip());
            if (Float.isNaN(f) || Float.isInfinite(f)) {
                throw new NumberFormatException();
            }
            return f;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
    }

    private static Path toPath(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + value + "' is not a path: " + e.getReason());
        }
    }
}
