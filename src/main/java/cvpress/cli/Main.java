package cvpress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cvpress} entry point: parses the command line and exits with 0 (ok), 1 (failed) or 2 (usage). */
@Command(name = "cvpress",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Typesets CVs written as YAML records into PDF, HTML and PNG.",
        subcommands = {RenderCommand.class, ValidateCommand.class, ImportCommand.class, CheckCommand.class,
                StylesCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams and returns its exit code. */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::unexpected);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
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
