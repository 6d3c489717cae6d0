package org.mailslot.bridge.udp;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.mailslot.bridge.ingress.IngressPipeline;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.net.DatagramHandler;
import org.mailslot.slot.ReceivingNames;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.WireFormatException;

/**
 * Sees every datagram the mailslot host's endpoint reads (on its reader thread) and hands what is for the bridge
 * to the {@link IngressPipeline}: a datagram addressed to another computer, domain or scope is dropped as
 * {@link DropReason#NOT_FOR_US}, one to a name type the bridge does not receive ({@code --receive-name-types}) as
 * {@link DropReason#UNWANTED_NAME_TYPE}, one of the bridge's own group writes heard back as
 * {@link DropReason#OWN_ECHO}.
 * Never blocks.
 */
final class IngressListener implements DatagramHandler {

    private final IngressPipeline pipeline;
    private final ReceivingNames names;
    private final String computerName;

    IngressListener(IngressPipeline pipeline, ReceivingNames names, String computerName) {
        this.pipeline = pipeline;
        this.names = names;
        this.computerName = computerName;
    }

    @Override
    public void onDatagram(MailslotDatagram datagram, InetSocketAddress source) {
        NetbiosName destination = datagram.destination();
        ReceivingNames.Verdict verdict = names.classify(destination);
        if (verdict == ReceivingNames.Verdict.NOT_FOR_US) {
            pipeline.onRefused(source, DropReason.NOT_FOR_US, destination.toString());
        } else if (verdict == ReceivingNames.Verdict.UNWANTED_NAME_TYPE) {
            pipeline.onRefused(source, DropReason.UNWANTED_NAME_TYPE, destination.toString());
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
}
