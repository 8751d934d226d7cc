package cvpress.cli;

import java.io.PrintWriter;

/** Where a command writes: its results to {@code out}, its messages to {@code err}. */
record Streams(PrintWriter out, PrintWriter err) {
}
