package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import org.mailslot.bridge.config.InvalidSettingException;
import picocli.CommandLine;

/** Builds the configured picocli command: errors become one line on stderr and exit code 2. */
public final class BridgeCli {

    /** Bad arguments or settings. */
    public static final int EXIT_USAGE = 2;
    /** The bridge could not start or failed while running. */
    public static final int EXIT_FAILURE = 1;

    private BridgeCli() {
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /** As {@link #commandLine(PrintWriter, PrintWriter)}, reading the broker password variable from {@code env}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        return configure(new CommandLine(new BridgeCommand(out, env)), "mailslot-bridge", out, err);
    }

    static CommandLine configure(CommandLine cl, String name, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, args) -> {
            err.println(name + ": " + e.getMessage() + suggestion(e) + " (see --help)");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidSettingException) {
                err.println(name + ": " + e.getMessage() + " (see --help)");
                return EXIT_USAGE;
            }
            err.println(name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (verbose(commandLine)) {
                e.printStackTrace(err);
            } else {
                err.flush();
            }
            return EXIT_FAILURE;
        });
        return cl;
    }

    // picocli's nearest known option or subcommand, on the same line as the error.
    private static String suggestion(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return "; did you mean " + unmatched.getSuggestions().get(0) + "?";
        }
        return "";
    }

    private static boolean verbose(CommandLine commandLine) {
        CommandLine.ParseResult result = commandLine.getParseResult();
        return result != null && result.hasMatchedOption(VerboseOption.NAME);
    }
}
