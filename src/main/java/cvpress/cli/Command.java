package cvpress.cli;

/** A sub-command whose command line has been read, ready to do its work. */
interface Command {

    /** Does the work and returns the exit code; a {@link UsageError} reports a command line that cannot work. */
    int call(Streams io) throws Exception;
}
