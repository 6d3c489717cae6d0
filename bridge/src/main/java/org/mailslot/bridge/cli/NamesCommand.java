package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import org.mailslot.names.NodeStatus;
import org.mailslot.names.StatusName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mailslot names HOST}: the NetBIOS names a node owns, as {@code nmblookup -A} and {@code nbtstat -A} list. */
@Command(name = "names", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Lists the NetBIOS names a computer owns (a node status request to its UDP 137, or the"
                + " --name-service port). HOST is an IPv4 address or a computer name resolved as 'mailslot resolve'"
                + " does.")
final class NamesCommand implements Callable<Integer> {

    private final PrintWriter out;

    @Mixin
    HostOptions host;

    @Parameters(index = "0", paramLabel = "HOST", description = "An IPv4 address or a computer name.")
    String target;

    NamesCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        try (NameLookups lookups = NameLookups.open(host.settings())) {
            InetAddress address = lookups.addressOf(target).orElseThrow(() -> new IllegalStateException(target
                    + " not found (asked: " + lookups.steps() + "); give its IPv4 address instead"));
            int port = host.settings().naming().nameServicePort();
            NodeStatus status = lookups.client().status(new InetSocketAddress(address, port)).orElseThrow(() ->
                    new IllegalStateException(address.getHostAddress() + ":" + port + " did not answer a node status"
                            + " request; is a NetBIOS name service running there and UDP " + port + " open?"));
            out.println("names of " + address.getHostAddress() + ":");
            for (StatusName name : status.names()) {
                out.println(String.format("\t%-15s <%02x> - %-7s %s %s", printable(name.name().name()),
                        name.name().suffix(), name.group() ? "<GROUP>" : "", name.nodeType(),
                        name.active() ? "<ACTIVE>" : "") + (name.conflict() ? " <CONFLICT>" : ""));
            }
        }
        return 0;
    }

    // __MSBROWSE__ carries control bytes; show them as nmblookup does, as dots.
    private static String printable(String name) {
        return name.chars().map(c -> c < 0x20 ? '.' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
