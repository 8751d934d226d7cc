package cvpress.cli;

import cvpress.model.DidYouMean;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/**
 * What one sub-command accepts: its name, description, parameters, options and sub-commands, and how it is made from
 * a parsed command line. Every sub-command also takes {@code -h/--help} and {@code -V/--version}.
 */
record Syntax(String name, List<String> description, Parameter parameter, Options options, List<Syntax> subcommands,
        Function<Arguments, Command> factory) {

    private static final int WIDTH = 80;

    /** The words a sub-command takes besides its options: between {@code min} and {@code max} of them. */
    record Parameter(String label, String description, int min, int max) {

        static final Parameter NONE = new Parameter("", "", 0, 0);

        String shown() {
            return max > 1 ? label + "..." : label;
        }
    }

    Syntax {
        options.addOption(flag("h", "help", "Show this help and exit."));
        options.addOption(flag("V", "version", "Print the version and exit."));
    }

    /** An option that takes no value; {@code letter} may be null. */
    static Option flag(String letter, String name, String description) {
        return Option.builder(letter).longOpt(name).desc(description).build();
    }

    /** An option that takes one value, shown in help as {@code label}; {@code letter} may be null. */
    static Option valued(String letter, String name, String label, String description) {
        return Option.builder(letter).longOpt(name).hasArg().argName(label).desc(description).build();
    }

    /** "cvpress render". */
    String qualifiedName() {
        return "cvpress " + name;
    }

    /** The sub-command called {@code word}, or null. */
    Syntax subcommand(String word) {
        for (Syntax s : subcommands) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Reads a command line; an unknown option, a missing value or the wrong number of parameters is a
     * {@link UsageError}. With --help or --version, the parameters are not counted.
     */
    Arguments parse(String[] args) {
        CommandLine parsed;
        try {
            parsed = DefaultParser.builder().setAllowPartialMatching(false).setStripLeadingAndTrailingQuotes(false)
                    .build().parse(options, args);
        } catch (UnrecognizedOptionException e) {
            throw new UsageError(unknownOption(e.getOption()));
        } catch (MissingArgumentException e) {
            Option o = e.getOption();
            throw new UsageError("option '" + shown(o) + "' needs a value (" + o.getArgName() + ")");
        } catch (ParseException e) {
            throw new UsageError(e.getMessage());
        }
        Arguments arguments = new Arguments(parsed);
        if (arguments.flag("help") || arguments.flag("version")) {
            return arguments;
        }
        int given = arguments.parameters().size();
        if (given < parameter.min) {
            throw new UsageError("missing " + parameter.label + ": " + qualifiedName() + " takes one "
                    + parameter.label + (parameter.max > 1 ? " or more" : ""));
        }
        if (given > parameter.max) {
            String extra = arguments.parameters().get(parameter.max);
            throw new UsageError("unexpected argument '" + extra + "' (" + qualifiedName()
                    + (parameter.max == 0 ? " takes no parameters" + (subcommands.isEmpty() ? "" : "; its commands: "
                            + String.join(", ", subcommandWords()))
                            : " takes " + (parameter.min == 0 ? "at most " : "") + "one " + parameter.label) + ")");
        }
        return arguments;
    }

    private String unknownOption(String option) {
        String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
        List<String> known = new ArrayList<>();
        for (Option o : options.getOptions()) {
            known.add(shown(o));
        }
        if (known.contains(name)) {
            return "option '" + name + "' takes no value, not '" + option.substring(name.length() + 1) + "'";
        }
        String close = DidYouMean.closest(name, known, DidYouMean.tolerance(name.replaceFirst("^-+", "")));
        return "Unknown option: '" + name + "'" + (close == null ? "" : "; did you mean '" + close + "'?");
    }

    private List<String> subcommandWords() {
        List<String> words = new ArrayList<>();
        for (Syntax s : subcommands) {
            words.add(s.word());
        }
        return words;
    }

    private static String shown(Option o) {
        return o.getLongOpt() != null ? "--" + o.getLongOpt() : "-" + o.getOpt();
    }

    /** Prints the usage line, the description, the parameters, the options and the sub-commands. */
    void printHelp(PrintWriter out) {
        HelpFormatter help = HelpFormatter.builder().setPrintWriter(out).get();
        help.setOptionComparator(null);
        help.setLongOptSeparator("=");
        help.setLeftPadding(2);
        help.setDescPadding(3);
        String usage = "Usage: " + qualifiedName() + " [OPTIONS]"
                + (subcommands.isEmpty() ? "" : " [COMMAND]")
                + (parameter.max == 0 ? "" : parameter.min == 0 ? " [" + parameter.shown() + "]" : " " + parameter.shown());
        out.println(usage);
        for (String line : description) {
            help.printWrapped(out, WIDTH, line);
        }
        if (parameter.max > 0) {
            out.println();
            out.println("Parameters:");
            help.printWrapped(out, WIDTH, parameter.shown().length() + 5,
                    "  " + parameter.shown() + "   " + parameter.description);
        }
        out.println();
        out.println("Options:");
        help.printOptions(out, WIDTH, options, 2, 3);
        if (!subcommands.isEmpty()) {
            out.println();
            printCommands(out, subcommands);
        }
        out.flush();
    }

    /** Prints "Commands:" and each command's word with the first line of its description. */
    static void printCommands(PrintWriter out, List<Syntax> commands) {
        HelpFormatter help = HelpFormatter.builder().setPrintWriter(out).get();
        int width = 0;
        for (Syntax s : commands) {
            width = Math.max(width, s.word().length());
        }
        out.println("Commands:");
        for (Syntax s : commands) {
            help.printWrapped(out, WIDTH, width + 5, "  " + s.word() + " ".repeat(width - s.word().length() + 3)
                    + s.description.get(0));
        }
    }

    /** The last word of the name: "new" for "styles new". */
    private String word() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
