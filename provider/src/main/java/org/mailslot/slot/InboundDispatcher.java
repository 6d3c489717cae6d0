package org.mailslot.slot;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.mailslot.net.DatagramHandler;
import org.mailslot.net.NameResolver;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.WireFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive path of a host, run on the endpoint's reader thread: shows each datagram to the observers, learns
 * the sender's name, then accepts only what is addressed to us (a name and name type of {@link ReceivingNames}),
 * suppresses copies and delivers to the slot. Every datagram ends up delivered or counted as a drop with its
 * reason.
 */
final class InboundDispatcher implements DatagramHandler {

    private static final Logger LOG = LoggerFactory.getLogger(InboundDispatcher.class);

    private final ReceivingNames receivingNames;
    private final SlotRegistry slots;
    private final NameResolver resolver;
    private final DuplicateFilter duplicates;
    private final CounterSet counters;
    private final SlotDelivery delivery;
    private final List<DatagramHandler> observers = new CopyOnWriteArrayList<>();
    private final Consumer<Throwable> readerFailed;
    private final NetbiosName ownName;
    private final byte[] ownEncodedName;
    // Where our own datagrams come from; null until known, and for a wildcard bind, whose source is not knowable.
    private volatile InetSocketAddress ownAddress;
    // The sender learned last: a stream from one peer then costs no table update per datagram. Reader thread only.
    private String lastLearnedName;
    private InetSocketAddress lastLearnedSource;
    // The slot found last, by exact transaction name: a stream to one slot skips the case-folding lookup.
    private String lastWireName;
    private Mailslot lastSlot;

    InboundDispatcher(HostSettings settings, SlotRegistry slots, NameResolver resolver, DuplicateFilter duplicates,
            CounterSet counters, Consumer<Throwable> readerFailed) {
        this.receivingNames = settings.receivingNames();
        this.slots = slots;
        this.resolver = resolver;
        this.duplicates = duplicates;
        this.counters = counters;
        this.delivery = new SlotDelivery(counters);
        this.readerFailed = readerFailed;
        this.ownName = NetbiosName.of(settings.computerName(), 0, settings.scope());
        this.ownEncodedName = MailslotCodec.encodedSourceName(ownName);
    }

    /**
     * From now on, datagrams from {@code address} that carry our source name are this host's own and are dropped
     * as {@link DropReason#OWN_ECHO}. A wildcard address is ignored: a datagram's source never shows it.
     */
    void recogniseOwnDatagramsFrom(InetSocketAddress address) {
        if (!address.getAddress().isAnyLocalAddress()) {
            ownAddress = address;
        }
    }

    /** True when our own datagrams are recognised by their source, so the write path need not remember them. */
    boolean recognisesOwnDatagrams() {
        return ownAddress != null;
    }

    // Our own broadcasts were the second decode of every topic message on the receiving machine; observers (the
    // bridge) still see them decoded, so only a host without observers skips the decoding.
    @Override
    public boolean skipUndecoded(ByteBuffer payload, InetSocketAddress source) {
        if (!source.equals(ownAddress) || !observers.isEmpty()
                || !MailslotCodec.sourceNameIs(payload, ownEncodedName)) {
            return false;
        }
        counters.received.increment();
        counters.drop(DropReason.OWN_ECHO);
        return true;
    }

    void addObserver(DatagramHandler observer) {
        observers.add(observer);
    }

    void removeObserver(DatagramHandler observer) {
        observers.remove(observer);
    }

    @Override
    public void onDatagram(MailslotDatagram datagram, InetSocketAddress source) {
        counters.received.increment();
        for (DatagramHandler observer : observers) {
            try {
                observer.onDatagram(datagram, source);
            } catch (RuntimeException e) {
                LOG.error("datagram observer {} failed on {}; continuing", observer, datagram, e);
            }
        }
        if (source.equals(ownAddress) && datagram.source().equals(ownName)) {
            counters.drop(DropReason.OWN_ECHO);
            return;
        }
        switch (receivingNames.classify(datagram.destination())) {
            case OURS -> { }
            case NOT_FOR_US -> {
                counters.drop(DropReason.NOT_FOR_US);
                return;
            }
            case UNWANTED_NAME_TYPE -> {
                counters.drop(DropReason.UNWANTED_NAME_TYPE);
                return;
            }
        }
        // Only after the address check: a datagram for another computer must not teach us where anyone is.
        learn(datagram.source(), source);
        if (!duplicates.firstSighting(datagram.source().name(), datagram.datagramId(), datagram.mailslotName(),
                datagram.data())) {
            counters.drop(DropReason.DUPLICATE);
            return;
        }
        Mailslot slot = findSlot(datagram);
        ReceivedMessage.Delivery kind = datagram.type() == DatagramType.DIRECT_UNIQUE
                ? ReceivedMessage.Delivery.UNIQUE
                : ReceivedMessage.Delivery.GROUP;
        ReceivedMessage message = slot == null ? null : new ReceivedMessage(datagram.data(), slot.name(),
                datagram.source().name(), source, datagram.priority(), kind, datagram.destination().suffix(),
                datagram.mailslotName());
        if (!delivery.deliver(slot, message) && LOG.isDebugEnabled()) {
            LOG.debug("dropped {} from {}", datagram, source);
        }
    }

    private Mailslot findSlot(MailslotDatagram datagram) {
        String wireName = datagram.mailslotName();
        Mailslot slot = lastSlot;
        if (slot != null && slot.isOpen() && wireName.equals(lastWireName)) {
            return slot;
        }
        slot = slots.find(MailslotName.foldCase(datagram.slotPath()));
        lastWireName = wireName;
        lastSlot = slot;
        return slot;
    }

    private void learn(NetbiosName name, InetSocketAddress source) {
        if (name.isWildcard() || (name.name().equals(lastLearnedName) && source.equals(lastLearnedSource))) {
            return;
        }
        resolver.learn(name.name(), source);
        lastLearnedName = name.name();
        lastLearnedSource = source;
    }

    @Override
    public void onMalformed(WireFormatException error, InetSocketAddress source, ByteBuffer payload) {
        counters.received.increment();
        counters.malformed(error.reason());
        LOG.debug("malformed datagram of {} bytes from {}: {}", payload.remaining(), source, error.getMessage());
        for (DatagramHandler observer : observers) {
            try {
                observer.onMalformed(error, source, payload.duplicate());
            } catch (RuntimeException e) {
                LOG.error("datagram observer {} failed on a malformed datagram; continuing", observer, e);
            }
        }
    }

    @Override
    public void onReaderFailure(Throwable cause) {
        readerFailed.accept(cause);
    }
}
