package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mailslot.bridge.config.InvalidSettingException;
import org.mailslot.net.NameResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mailslot resolve NAME}: where a write to {@code \\NAME\mailslot\x} would go, and which step said so. */
@Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Finds the address a write to \\\\NAME\\mailslot\\x goes to, asking the static table, the"
                + " NetBIOS name service (a broadcast query to UDP 137, or the --name-service port) and DNS in"
                + " --resolve-order. Registers no name.")
final class ResolveCommand implements Callable<Integer> {

    private final PrintWriter out;

    @Mixin
    HostOptions host;

    @Parameters(index = "0", paramLabel = "NAME", description = "The computer name.")
    String name;

    ResolveCommand(PrintWriter out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (name.isEmpty() || name.length() > 15) {
            throw new InvalidSettingException("", "NAME '" + name + "' is not a NetBIOS computer name (1..15 characters)");
        }
        try (NameLookups lookups = NameLookups.open(host.settings())) {
            NameResolver.Resolution found = lookups.resolver().resolveWithStep(name).orElseThrow(() ->
                    new IllegalStateException(name.toUpperCase(Locale.ROOT) + " not found (asked: " + lookups.steps()
                            + "); add --static-name " + name.toUpperCase(Locale.ROOT) + "=ADDR or check that it is"
                            + " on this subnet and UDP 137 is open"));
            out.println(name.toUpperCase(Locale.ROOT) + "<00> " + found.address().getAddress().getHostAddress() + ":"
                    + found.address().getPort() + " (" + found.step().name().toLowerCase(Locale.ROOT).replace("_", "")
                    + ")");
        }
        return 0;
    }
}
