package org.mailslot.bridge.udp;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.mailslot.bridge.ingress.IngressPipeline;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.net.DatagramHandler;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.WireFormatException;

/**
 * Sees every datagram the mailslot host's endpoint reads (on its reader thread) and hands what is for the bridge
 * to the {@link IngressPipeline}: a datagram addressed to another computer, domain or scope is dropped as
 * {@link DropReason#NOT_FOR_US}, one of the bridge's own group writes heard back as {@link DropReason#OWN_ECHO}.
 * Never blocks.
 */
final class IngressListener implements DatagramHandler {

    private final IngressPipeline pipeline;
    private final String computerName;
    private final String domain;
    private final String scope;

    IngressListener(IngressPipeline pipeline, String computerName, String domain, String scope) {
        this.pipeline = pipeline;
        this.computerName = computerName;
        this.domain = domain;
        this.scope = scope;
    }

    @Override
    public void onDatagram(MailslotDatagram datagram, InetSocketAddress source) {
        NetbiosName destination = datagram.destination();
        if (!addressedToUs(destination)) {
            pipeline.onRefused(source, DropReason.NOT_FOR_US, destination.toString());
        } else if (datagram.source().name().equals(computerName)) {
            pipeline.onRefused(source, DropReason.OWN_ECHO, datagram.mailslotName());
        } else {
            pipeline.onDecoded(datagram, source, Instant.now());
        }
    }

    @Override
    public void onMalformed(WireFormatException error, InetSocketAddress source, ByteBuffer payload) {
        pipeline.onMalformed(source, error.getMessage());
    }

    // The mailslot host's receive rule: our scope, and our computer name, our domain or the wildcard name.
    private boolean addressedToUs(NetbiosName destination) {
        if (!destination.scope().equalsIgnoreCase(scope)) {
            return false;
        }
        String name = destination.name();
        return destination.isWildcard() || name.equals(computerName) || name.equals(domain);
    }
}
