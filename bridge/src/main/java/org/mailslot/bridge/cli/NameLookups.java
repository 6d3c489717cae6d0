package org.mailslot.bridge.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.names.HostNames;
import org.mailslot.names.NameService;
import org.mailslot.net.HostLookup;
import org.mailslot.net.NameResolver;
import org.mailslot.net.ResolutionStep;
import org.mailslot.net.ResolverSettings;

/**
 * What {@code mailslot resolve} and {@code mailslot names} share: a resolver built from the network options (static
 * names and the LMHOSTS file first), with a query-only name service (a free port, broadcasts to the name-service
 * port, queries to the WINS server as the node type asks) when the order uses it. Registers no name, so it runs
 * beside the bridge or nmbd on the same machine.
 */
final class NameLookups implements AutoCloseable {

    private final BridgeSettings settings;
    private final NameResolver resolver;
    private final NameService client;

    private NameLookups(BridgeSettings settings, NameResolver resolver, NameService client) {
        this.settings = settings;
        this.resolver = resolver;
        this.client = client;
    }

    static NameLookups open(BridgeSettings settings) throws IOException {
        ResolverSettings order = settings.naming().resolver();
        HostLookup dns = order.uses(ResolutionStep.DNS) ? HostLookup.DNS : HostLookup.NONE;
        NameResolver resolver = new NameResolver(HostNames.staticNames(settings.staticNames(),
                settings.naming().lmhosts()), dns, settings.listen().getPort(), order, InstantSource.system(), "");
        NameService client = HostNames.client(settings.listen().getAddress(), settings.broadcast().map(List::of)
                .orElse(List.of()), settings.naming().nameServicePort(), settings.naming());
        if (order.uses(ResolutionStep.NAME_SERVICE)) {
            resolver.useNameService(client);
        }
        return new NameLookups(settings, resolver, client);
    }

    NameResolver resolver() {
        return resolver;
    }

    NameService client() {
        return client;
    }

    /** The steps in use, for messages: {@code static, nameservice, dns}. */
    String steps() {
        return String.join(", ", settings.naming().resolver().order().stream()
                .map(step -> step.name().toLowerCase(java.util.Locale.ROOT).replace("_", "")).toList());
    }

    /** An IPv4 literal as is; anything else resolved as a computer name. */
    Optional<InetAddress> addressOf(String nameOrAddress) throws IOException {
        if (nameOrAddress.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.of(InetAddress.getByName(nameOrAddress));
        }
        return resolver.resolve(nameOrAddress).map(java.net.InetSocketAddress::getAddress);
    }

    @Override
    public void close() {
        client.close();
    }
}
