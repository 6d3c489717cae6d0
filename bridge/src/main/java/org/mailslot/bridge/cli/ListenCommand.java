package org.mailslot.bridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mailslot.bridge.config.InvalidSettingException;
import org.mailslot.bridge.udp.HostOpener;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotClosedException;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.ReceivedMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mailslot listen NAME}: creates the slot and prints each message with its source until stopped. */
@Command(name = "listen", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Creates \\\\.\\mailslot\\NAME and prints each message it receives with its source, until"
                + " Ctrl-C or SIGTERM.")
final class ListenCommand implements Callable<Integer> {

    private final PrintWriter out;

    @Mixin
    HostOptions host;

    @Parameters(index = "0", paramLabel = "NAME", description = "The slot, e.g. demo or \\\\.\\mailslot\\demo.")
    String name;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N messages (default: never).")
    long count = Long.MAX_VALUE;

    ListenCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        MailslotName slotName = slotOf(name);
        MailslotHost mailslotHost = HostOpener.open(host.settings());
        Thread closer = new Thread(mailslotHost::close, "mailslot-listen-shutdown");
        Runtime.getRuntime().addShutdownHook(closer);
        try (Mailslot slot = mailslotHost.createMailslot(slotName, 0, Mailslot.WAIT_FOREVER)) {
            out.println("listening on " + slotName + " as " + mailslotHost.computerName() + " in "
                    + mailslotHost.domain() + " at " + mailslotHost.localAddress().map(a -> a.getAddress()
                    .getHostAddress() + ":" + a.getPort()).orElse("?"));
            out.flush();
            for (long i = 0; i < count; i++) {
                out.println(ReceivedLine.format(slot.read()));
                out.flush();
            }
        } catch (MailslotClosedException stoppedBySignal) {
            return 0;
        } finally {
            mailslotHost.close();
        }
        Runtime.getRuntime().removeShutdownHook(closer);
        return 0;
    }

    private static MailslotName slotOf(String name) {
        try {
            return name.startsWith("\\\\") ? MailslotName.parse(name) : MailslotName.local(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("", "NAME '" + name + "': " + e.getMessage());
        }
    }

    /** One received message as a line: when, how, from whom, and the body as text or as a JMS envelope. */
    static final class ReceivedLine {
        private ReceivedLine() {
        }

        static String format(ReceivedMessage message) {
            String from = message.sourceAddress() == null ? "this host"
                    : message.sourceAddress().getAddress().getHostAddress() + ":" + message.sourceAddress().getPort();
            return java.time.Instant.now() + " " + message.delivery().name().toLowerCase(java.util.Locale.ROOT)
                    + " from " + message.sourceComputer() + " (" + from + ") " + message.data().length + " bytes: "
                    + BodyText.of(message.data());
        }
    }
}
