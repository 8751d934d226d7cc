package cvpress.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cvpress} entry point: parses the command line and exits with 0 (ok), 1 (failed) or 2 (usage). */
@Command(name = "cvpress",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Typesets CVs written as YAML records into PDF, HTML and PNG.")
public final class Main implements Runnable {

    /**
     * The sub-commands in the order help lists them. Reading a command's annotations is a large part of a start-up,
     * so a command line that names one (other than help, which needs them all) gets that one alone.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    /**
     * PDFBox's logger, held so that the logging system keeps its level: reading a damaged PDF makes PDFBox print
     * multi-line warnings, where cvpress reports one line of its own.
     */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams and returns its exit code. */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        PDFBOX.setLevel(Level.OFF);
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::unexpected);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("render", RenderCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("styles", StylesCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed (render, validate, import, check, styles, new)");
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("cvpress: " + e.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    private static int unexpected(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        cmd.getErr().println("cvpress: internal error: " + e);
        if (verbose) {
            e.printStackTrace(cmd.getErr());
        } else {
            cmd.getErr().println("Run again with --verbose for the details.");
        }
        return ExitCodes.FAILED;
    }
}
