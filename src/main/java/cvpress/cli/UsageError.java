package cvpress.cli;

/** A command line that asks for something impossible; reported as "cvpress: MESSAGE" with a pointer to the help. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
