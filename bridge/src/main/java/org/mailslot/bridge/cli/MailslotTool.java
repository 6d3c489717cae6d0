package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mailslot}: operator commands to try the mailslot network and the bridge from a terminal. */
@Command(name = "mailslot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes to and listens on mailslots over UDP, as Windows programs do.",
        synopsisSubcommandLabel = "(send | listen | resolve | names | consume | produce)",
        footer = {"", "send and listen speak mailslots over UDP, resolve and names the NetBIOS name service; consume and produce speak to the bridge's broker."})
final class MailslotTool {

    private MailslotTool() {
    }

    /**
     * Runs {@code mailslot args...}; errors become one line and exit code 2.
     *
     * @param env where the broker password variable is read
     * @return the exit code
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return commandLine(out, err, env, args.length > 0 ? args[0] : null).execute(args);
    }

    /**
     * The {@code mailslot} command line. When {@code firstArgument} names a subcommand exactly, only that one is
     * built: picocli reads every subcommand's annotations up front, which was a third of a short command's start-up.
     * Anything else (no argument, an option, a typo to suggest a correction for) gets the whole tree.
     */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env,
                                           String firstArgument) {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("send", () -> new SendCommand(out));
        subcommands.put("listen", () -> new ListenCommand(out));
        subcommands.put("consume", () -> new ConsumeCommand(out, env));
        subcommands.put("produce", () -> new ProduceCommand(out, env));
        subcommands.put("resolve", () -> new ResolveCommand(out));
        subcommands.put("names", () -> new NamesCommand(out));
        CommandLine cl = new CommandLine(new MailslotTool());
        Supplier<Object> only = subcommands.get(firstArgument);
        if (only != null) {
            cl.addSubcommand(firstArgument, only.get());
        } else {
            subcommands.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        return BridgeCli.configure(cl, "mailslot", out, err);
    }
}
