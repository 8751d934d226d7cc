package cvpress.cli;

import cvpress.model.DidYouMean;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@code cvpress} entry point: reads the command line and exits with 0 (ok), 1 (failed) or 2 (usage). */
public final class Main {

    /** The sub-commands in the order help lists them. */
    private static final List<String> COMMANDS = List.of("render", "validate", "import", "check", "styles", "new");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = dispatch(args, new Streams(out, err));
        out.flush();
        err.flush();
        return code;
    }

    /** The sub-command called {@code name}, its description and options made only when it is asked for. */
    private static Syntax command(String name) {
        return switch (name) {
            case "render" -> RenderCommand.syntax();
            case "validate" -> ValidateCommand.syntax();
            case "import" -> ImportCommand.syntax();
            case "check" -> CheckCommand.syntax();
            case "styles" -> StylesCommand.syntax();
            case "new" -> NewCommand.syntax();
            default -> null;
        };
    }

    private static int dispatch(String[] args, Streams io) {
        if (args.length == 0) {
            return usageError(io, "a command is needed (" + String.join(", ", COMMANDS) + ")", "cvpress");
        }
        String first = args[0];
        switch (first) {
            case "-h", "--help" -> {
                printHelp(io.out());
                return ExitCodes.OK;
            }
            case "-V", "--version" -> {
                io.out().println(version());
                return ExitCodes.OK;
            }
            case "help" -> {
                return help(Arrays.copyOfRange(args, 1, args.length), io);
            }
            default -> {
            }
        }
        Syntax syntax = command(first);
        if (syntax == null) {
            return usageError(io, unknown(first), "cvpress");
        }
        int at = 1;
        while (at < args.length && syntax.subcommand(args[at]) != null) {
            syntax = syntax.subcommand(args[at]);
            at++;
        }
        return execute(syntax, Arrays.copyOfRange(args, at, args.length), io);
    }

    private static int execute(Syntax syntax, String[] args, Streams io) {
        Arguments arguments;
        Command command;
        try {
            arguments = syntax.parse(args);
            if (arguments.flag("help")) {
                syntax.printHelp(io.out());
                return ExitCodes.OK;
            }
            if (arguments.flag("version")) {
                io.out().println(version());
                return ExitCodes.OK;
            }
            command = syntax.factory().apply(arguments);
        } catch (UsageError e) {
            return usageError(io, e.getMessage(), syntax.qualifiedName());
        }
        try {
            return command.call(io);
        } catch (UsageError e) {
            return usageError(io, e.getMessage(), syntax.qualifiedName());
        } catch (Exception e) {
            io.err().println("cvpress: internal error: " + e);
            if (arguments.flag("verbose")) {
                e.printStackTrace(io.err());
            } else {
                io.err().println("Run again with --verbose for the details.");
            }
            return ExitCodes.FAILED;
        }
    }

    /** {@code cvpress help [COMMAND [SUBCOMMAND]]}. */
    private static int help(String[] words, Streams io) {
        if (words.length == 0) {
            printHelp(io.out());
            return ExitCodes.OK;
        }
        Syntax syntax = command(words[0]);
        if (syntax == null) {
            return usageError(io, unknown(words[0]), "cvpress");
        }
        for (int i = 1; i < words.length; i++) {
            Syntax sub = syntax.subcommand(words[i]);
            if (sub == null) {
                return usageError(io, "'" + syntax.qualifiedName() + "' has no command '" + words[i] + "'", "cvpress");
            }
            syntax = sub;
        }
        syntax.printHelp(io.out());
        return ExitCodes.OK;
    }

    private static String unknown(String word) {
        if (word.startsWith("-")) {
            return "Unknown option: '" + word + "' (options follow the command, e.g. 'cvpress render --help')";
        }
        String close = DidYouMean.closest(word, COMMANDS, DidYouMean.tolerance(word));
        return "unknown command '" + word + "'" + (close != null ? "; did you mean '" + close + "'?"
                : " (the commands: " + String.join(", ", COMMANDS) + ")");
    }

    private static void printHelp(PrintWriter out) {
        out.println("Usage: cvpress COMMAND [OPTIONS] [ARGUMENTS]");
        out.println("       cvpress help COMMAND | --help | --version");
        out.println("Typesets CVs written as YAML records into PDF, HTML and PNG.");
        out.println();
        List<Syntax> commands = new ArrayList<>();
        for (String name : COMMANDS) {
            commands.add(command(name));
        }
        Syntax.printCommands(out, commands);
        out.println("  help       Show a command's help: cvpress help COMMAND.");
        out.println();
        out.println("Options:");
        out.println("  -h, --help      Show this help and exit.");
        out.println("  -V, --version   Print the version and exit.");
        out.println();
        out.println("'cvpress COMMAND --help' lists the command's options.");
    }

    private static String version() {
        return "cvpress " + VersionProvider.version();
    }

    private static int usageError(Streams io, String message, String command) {
        io.err().println("cvpress: " + message);
        io.err().println("Try '" + command + " --help' for more information.");
        return ExitCodes.USAGE;
    }
}
