package org.mailslot.bridge.cli;

import java.io.PrintWriter;
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

    /** The {@code mailslot} command line with its subcommands; errors become one line and exit code 2. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /** As {@link #commandLine(PrintWriter, PrintWriter)}, reading the broker password variable from {@code env}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        CommandLine cl = new CommandLine(new MailslotTool());
        cl.addSubcommand("send", new SendCommand(out));
        cl.addSubcommand("listen", new ListenCommand(out));
        cl.addSubcommand("consume", new ConsumeCommand(out, env));
        cl.addSubcommand("produce", new ProduceCommand(out, env));
        cl.addSubcommand("resolve", new ResolveCommand(out));
        cl.addSubcommand("names", new NamesCommand(out));
        return BridgeCli.configure(cl, "mailslot", out, err);
    }
}
