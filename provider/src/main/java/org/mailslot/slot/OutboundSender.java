package org.mailslot.slot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.mailslot.names.NameType;
import org.mailslot.net.DatagramEndpoint;
import org.mailslot.net.NameResolver;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.MessageTooLargeException;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.WireLimits;

/**
 * The write path of a host: turns "these bytes to this UNC name" into a local delivery, a unique datagram to one
 * resolved computer, or a group datagram to the broadcast targets (plus the copy for our own slot).
 */
final class OutboundSender {

    private final HostSettings settings;
    private final SlotRegistry slots;
    private final NameResolver resolver;
    private final DuplicateFilter duplicates;
    private final CounterSet counters;
    private final SlotDelivery delivery;
    private final DatagramEndpoint endpoint;
    private final NetbiosName sourceName;
    private final int sourceIp;
    private final boolean ownEchoesRecognised;
    // The destination name used last: a writer that keeps writing to one target builds it once.
    private volatile NetbiosName lastDestination;
    private final AtomicInteger datagramIds = new AtomicInteger(ThreadLocalRandom.current().nextInt(0x10000));

    OutboundSender(HostSettings settings, SlotRegistry slots, NameResolver resolver, DuplicateFilter duplicates,
            CounterSet counters, DatagramEndpoint endpoint, int sourceIp, boolean ownEchoesRecognised) {
        this.settings = settings;
        this.slots = slots;
        this.resolver = resolver;
        this.duplicates = duplicates;
        this.counters = counters;
        this.delivery = new SlotDelivery(counters);
        this.endpoint = endpoint;
        this.sourceName = NetbiosName.of(settings.computerName(), 0, settings.scope());
        this.sourceIp = sourceIp;
        this.ownEchoesRecognised = ownEchoesRecognised;
    }

    NetbiosName sourceName() {
        return sourceName;
    }

    int nextDatagramId() {
        return datagramIds.getAndIncrement() & 0xFFFF;
    }

    /**
     * Decides once where a write to {@code name} goes and how large it may be.
     *
     * @throws MailslotNameException when the path cannot travel in the host's OEM code page (before anything is sent)
     */
    WriteTarget target(MailslotName name, NameType type) {
        if (name.isLocal()) {
            return new WriteTarget(name, type, false, Integer.MAX_VALUE, "a local write has no wire limit");
        }
        requireEncodable(name);
        // __MSBROWSE__ replaces the server name and is always a group write.
        boolean group = name.isPrimaryDomain() || isDomain(name.server()) || type.msbrowse();
        WireLimits limits = settings.wireLimits();
        int framing = MailslotCodec.framingLength(settings.smbProfile(), settings.scope(), name.wireName());
        return new WriteTarget(name, type, group, limits.maxPayload(group, name.wireName(), framing),
                limits.rule(group, name.wireName(), framing));
    }

    /** Writes one message; {@code data} is not kept (copied where it is queued). */
    void send(WriteTarget target, byte[] data, int priority) throws IOException {
        if (priority < 0 || priority > MailslotDatagram.MAX_PRIORITY) {
            throw new IllegalArgumentException("priority must be 0.." + MailslotDatagram.MAX_PRIORITY + ", got "
                    + priority);
        }
        MailslotName name = target.name();
        if (name.isLocal()) {
            writeLocal(name, data, priority);
            return;
        }
        // The one check of the wire limit on the write path.
        if (!target.fits(data.length)) {
            MessageTooLargeException tooLarge = new MessageTooLargeException(data.length, target.maxPayload(),
                    (target.group() ? "a group" : "a unique") + " datagram for " + name.wireName() + " carries at most "
                            + target.maxPayload() + " bytes (" + target.limitRule() + ")" + remedy());
            if (!target.group()) {
                throw tooLarge;
            }
            throw new BadNetPathException("a write to " + name + " carries " + data.length + " bytes, but group"
                    + " datagrams carry at most " + target.maxPayload() + " (ERROR_BAD_NETPATH; " + target.limitRule()
                    + "); write to \\\\COMPUTER\\mailslot\\..." + remedy(), tooLarge);
        }
        if (target.group()) {
            writeGroup(name, target.type(), data, priority);
        } else {
            writeUnique(name, target.type(), data, priority);
        }
    }

    // A character without a byte in the code page cannot name the slot a Windows reader owns: refused before anything
    // is sent, naming the character. A local-only host puts nothing on the wire, so it writes any name it can hold.
    private void requireEncodable(MailslotName name) {
        if (!settings.network()) {
            return;
        }
        String problem = settings.codePage().problemWith(name.path());
        if (problem != null) {
            throw new MailslotNameException(MailslotNameException.Rule.BAD_CHARACTER, name.toString(), "the slot"
                    + " path cannot be written to the network: " + problem + "; use a slot name of characters that"
                    + " code page has, or set the OEM code page of the network's Windows hosts (provider URI key"
                    + " wire.codePage, bridge and mailslot commands --code-page)");
        }
    }

    // What the sender can change: Samba-safe limits are chosen for Samba peers, Windows limits are raised only
    // between Java hosts.
    private String remedy() {
        return settings.wireLimits().isSamba()
                ? "; send fewer bytes, or leave wire.limits at windows when no Samba host reads this slot"
                : "; only a network of Java hosts may raise the Windows limits (factory URI key wire.maxDatagram,"
                        + " on every host)";
    }

    boolean isDomain(String server) {
        return server.equals(settings.domain()) || settings.knownDomains().contains(server);
    }

    private void writeLocal(MailslotName target, byte[] data, int priority) throws MailslotException {
        Mailslot slot = slots.find(target.pathKey());
        if (slot == null) {
            throw new MailslotNotFoundException(target);
        }
        if (slot.tooLarge(data.length)) {
            throw new MessageTooLargeException(data.length, slot.maxMessageSize(), "mailslot " + slot.name()
                    + " accepts messages of at most its maxMessageSize");
        }
        ReceivedMessage message = new ReceivedMessage(data.clone(), slot.name(), settings.computerName(), null,
                priority, ReceivedMessage.Delivery.LOCAL, 0, target.wireName());
        DropReason refused = slot.offer(message);
        if (refused == null) {
            counters.localWrites.increment();
        } else if (refused == DropReason.UNKNOWN_SLOT) {
            throw new MailslotNotFoundException(target);
        } else {
            // A local write is answered, unlike a datagram: the writer learns of a full slot; other refusals
            // (a receiver that cannot read the message) are counted like a datagram's.
            counters.drop(refused);
            if (refused == DropReason.QUEUE_FULL) {
                throw new MailslotFullException(slot.name(), settings.slotQuotaBytes());
            }
        }
    }

    private void writeGroup(MailslotName target, NameType type, byte[] data, int priority) throws IOException {
        String domain = target.isPrimaryDomain() ? settings.domain() : target.server();
        MailslotDatagram datagram = datagram(DatagramType.DIRECT_GROUP, destination(domain, type),
                target, data);
        boolean ours = domain.equals(settings.domain());
        if (!ours && endpoint == null) {
            throw new BadNetPathException("cannot write to " + target + ": this host is local-only and " + domain
                    + " is not its domain (ERROR_BAD_NETPATH)");
        }
        if (ours) {
            // Our own slot gets the write directly. The copy the broadcast brings back is dropped by its source, or,
            // where the source cannot tell (a wildcard bind), as a duplicate of what is remembered here.
            if (!ownEchoesRecognised) {
                duplicates.firstSighting(sourceName.name(), datagram.datagramId(), target.wireName(), data);
            }
            deliverToSelf(target, data, priority);
        }
        if (endpoint != null) {
            transmit(datagram, null);
        }
    }

    private void writeUnique(MailslotName target, NameType type, byte[] data, int priority) throws IOException {
        if (target.server().equals(settings.computerName()) && type.suffix() == 0) {
            deliverToSelf(target, data, priority);
            return;
        }
        if (endpoint == null) {
            throw new BadNetPathException("cannot write to " + target + ": this host is local-only and has no network"
                    + " endpoint (ERROR_BAD_NETPATH); configure a bind address and port to reach other hosts");
        }
        InetSocketAddress address = resolver.resolve(target.server()).orElseThrow(() -> new BadNetPathException(
                "cannot resolve computer name " + target.server() + " for " + target + " (ERROR_BAD_NETPATH): add it to"
                        + " the static name table, turn on the name service (it finds names by broadcast query), let it"
                        + " send a datagram first so its name is learned, or make it resolvable by DNS"));
        transmit(datagram(DatagramType.DIRECT_UNIQUE, destination(target.server(), type), target, data), address);
    }

    private NetbiosName destination(String server, NameType type) {
        NetbiosName last = lastDestination;
        if (last != null && last.name().equals(server) && last.suffix() == type.suffix() && !type.msbrowse()) {
            return last;
        }
        NetbiosName name = type.destination(server, settings.scope());
        lastDestination = name;
        return name;
    }

    private void deliverToSelf(MailslotName target, byte[] data, int priority) {
        Mailslot slot = slots.find(target.pathKey());
        ReceivedMessage message = slot == null ? null : new ReceivedMessage(data.clone(), slot.name(),
                settings.computerName(), null, priority, ReceivedMessage.Delivery.LOCAL, 0, target.wireName());
        delivery.deliver(slot, message);
    }

    private MailslotDatagram datagram(DatagramType type, NetbiosName destination, MailslotName target, byte[] data) {
        int port = endpoint == null ? settings.port() : endpoint.localAddress().getPort();
        // The SMB priority word is the sender profile's, as Windows writes it: the caller's priority stays local.
        return new MailslotDatagram(type, settings.nodeType(), nextDatagramId(), sourceIp, port, sourceName,
                destination, target.wireName(), settings.smbProfile().priority(), data);
    }

    /**
     * Sends a prepared datagram to one address, or to the group targets when {@code address} is null; counts it.
     */
    void transmit(MailslotDatagram datagram, InetSocketAddress address) throws IOException {
        if (endpoint == null) {
            throw new BadNetPathException("cannot send " + datagram + ": this host is local-only");
        }
        try {
            if (address == null) {
                endpoint.sendToGroup(datagram);
            } else {
                endpoint.send(datagram, address);
            }
            counters.sent.increment();
        } catch (IOException e) {
            counters.sendFailures.increment();
            throw e;
        }
    }

}
