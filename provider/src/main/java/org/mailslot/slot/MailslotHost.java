package org.mailslot.slot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mailslot.names.HostNames;
import org.mailslot.names.NameService;
import org.mailslot.names.NameType;
import org.mailslot.net.DatagramHandler;
import org.mailslot.net.NameResolver;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;

/**
 * A mailslot node: a computer name in a domain, the slots created on it, and (unless local-only) a UDP endpoint
 * through which it reaches and is reached by other hosts, Windows and Samba included.
 *
 * <p>Owner side: {@link #createMailslot}. Writer side: {@link #openWriter} or the raw {@link #send}. Observation:
 * {@link #counters()} and {@link #addDatagramHandler}. Closing the host closes its slots, stops its reader thread
 * and frees its sockets. A host whose reader fails closes itself the same way; {@link #failure()} says why.
 *
 * <p>Thread-safe.
 */
public final class MailslotHost implements AutoCloseable {

    private final HostSettings settings;
    private final SlotRegistry slots = new SlotRegistry();
    private final CounterSet counters = new CounterSet();
    private final NameResolver resolver;
    private final InboundDispatcher inbound;
    private final HostNetwork network;
    private final OutboundSender outbound;
    private final HostLifecycle lifecycle;

    private MailslotHost(HostSettings settings) throws IOException {
        this.settings = settings;
        this.lifecycle = new HostLifecycle(settings.computerName());
        this.resolver = new NameResolver(HostNames.staticNames(settings.staticNames(), settings.naming().lmhosts()),
                settings.hostLookup(), settings.port(),
                settings.naming().resolver(), settings.clock(), settings.scope());
        DuplicateFilter duplicates = new DuplicateFilter(settings.duplicateWindow(), settings.clock(),
                settings.duplicateCapacity());
        this.inbound = new InboundDispatcher(settings, slots, resolver, duplicates, counters, this::readerFailed);
        this.network = HostNetwork.open(settings, inbound, this::readerFailed);
        this.outbound = new OutboundSender(settings, slots, resolver, duplicates, counters, network.endpoint(),
                network.sourceIp(), inbound.recognisesOwnDatagrams());
    }

    /**
     * Starts a host: binds its sockets (unless local-only) and starts its reader thread.
     *
     * @param settings the host's settings
     * @return the running host
     * @throws java.net.BindException when the address or port cannot be bound (the message says what to change)
     * @throws IOException            when the sockets cannot be set up otherwise
     * @throws org.mailslot.names.NameConflictException when the name service is on and another node owns our
     *                                computer name, or the WINS server refuses it
     * @throws org.mailslot.names.WinsUnavailableException when a P or M node's WINS server does not answer
     */
    public static MailslotHost start(HostSettings settings) throws IOException {
        MailslotHost host = new MailslotHost(Objects.requireNonNull(settings, "settings"));
        try {
            host.network.startNameService(settings, host.resolver);
        } catch (IOException | RuntimeException e) {
            host.close();
            throw e;
        }
        return host;
    }

    /**
     * A host without any socket: local slots and local writes only.
     *
     * @param computerName the host's computer name
     * @return the host
     */
    public static MailslotHost localOnly(String computerName) {
        try {
            return new MailslotHost(HostSettings.builder(computerName).localOnly().build());
        } catch (IOException impossible) {
            throw new IllegalStateException("a local-only host opens no socket", impossible);
        }
    }

    /**
     * Creates a slot on this host (CreateMailslot).
     *
     * @param name           {@code \\.\mailslot\...}
     * @param maxMessageSize the largest message accepted, 0 for any size
     * @param readTimeout    the slot's read timeout; {@link Mailslot#WAIT_FOREVER} for none
     * @return the owner's handle
     * @throws MailslotExistsException when a slot of that name exists on this host
     * @throws MailslotNameException   when the name is malformed or not local
     * @throws MailslotClosedException when the host is closed
     */
    public Mailslot createMailslot(String name, int maxMessageSize, Duration readTimeout)
            throws MailslotExistsException, MailslotClosedException {
        return createMailslot(MailslotName.parse(name), maxMessageSize, readTimeout);
    }

    /**
     * Creates a slot on this host (CreateMailslot).
     *
     * @param name           a local name
     * @param maxMessageSize the largest message accepted, 0 for any size
     * @param readTimeout    the slot's read timeout; {@link Mailslot#WAIT_FOREVER} for none
     * @return the owner's handle
     * @throws MailslotExistsException when a slot of that name exists on this host
     * @throws MailslotClosedException when the host is closed
     */
    public Mailslot createMailslot(MailslotName name, int maxMessageSize, Duration readTimeout)
            throws MailslotExistsException, MailslotClosedException {
        return create(name, maxMessageSize, readTimeout, null);
    }

    /**
     * Creates a slot whose messages go straight to {@code receiver} (see {@link SlotReceiver}) instead of into the
     * slot's queue, so nothing is queued twice; reads on such a slot find nothing. Otherwise as
     * {@link #createMailslot(MailslotName, int, Duration)}; closing the handle deletes the slot.
     *
     * @param name           the slot's name, on this host
     * @param maxMessageSize the largest message accepted, 0 for any size
     * @param receiver       takes each message as it arrives
     * @return the handle
     * @throws MailslotExistsException a slot of that name is open
     * @throws MailslotClosedException the host is closed
     */
    public Mailslot createMailslot(MailslotName name, int maxMessageSize, SlotReceiver receiver)
            throws MailslotExistsException, MailslotClosedException {
        return create(name, maxMessageSize, Mailslot.WAIT_FOREVER, Objects.requireNonNull(receiver, "receiver"));
    }

    private Mailslot create(MailslotName name, int maxMessageSize, Duration readTimeout, SlotReceiver receiver)
            throws MailslotExistsException, MailslotClosedException {
        SlotRegistry.checkCreatable(name, maxMessageSize);
        requireOpen();
        Mailslot slot = new Mailslot(name, maxMessageSize, readTimeout, settings.slotQuotaBytes(), this::slotClosed,
                receiver);
        slots.add(slot);
        if (!lifecycle.isOpen()) {
            slot.close();
            requireOpen();
        }
        return slot;
    }

    private void slotClosed(Mailslot slot, int discarded) {
        slots.remove(slot);
        counters.drop(DropReason.DISCARDED_ON_CLOSE, discarded);
    }

    /**
     * Opens a writer (CreateFile on a mailslot name). A local name must have a slot; remote names are resolved at
     * each write.
     *
     * @param name any UNC mailslot name
     * @return the writer
     * @throws MailslotNotFoundException when a local name has no slot (ERROR_FILE_NOT_FOUND)
     * @throws MailslotNameException     when the name is malformed
     * @throws MailslotClosedException   when the host is closed
     */
    public MailslotWriter openWriter(String name) throws MailslotNotFoundException, MailslotClosedException {
        return openWriter(MailslotName.parse(name));
    }

    /**
     * Opens a writer; see {@link #openWriter(String)}.
     *
     * @param name any mailslot name
     * @return the writer
     * @throws MailslotNotFoundException when a local name has no slot (ERROR_FILE_NOT_FOUND)
     * @throws MailslotClosedException   when the host is closed
     */
    public MailslotWriter openWriter(MailslotName name) throws MailslotNotFoundException, MailslotClosedException {
        requireOpen();
        if (name.isLocal() && slots.find(name.pathKey()) == null) {
            throw new MailslotNotFoundException(name);
        }
        return new MailslotWriter(this, name);
    }

    /**
     * Writes one message to a UNC name without a writer object: the raw path of the JMS layer.
     *
     * @param target   where to write
     * @param data     the message (not kept)
     * @param priority 0..9, kept by local writes; a datagram carries the SMB profile's priority word instead
     *                 ({@link org.mailslot.wire.SmbProfile#priority()}: 0 for Windows), as Windows writes it
     * @throws MailslotNotFoundException  a local name without slot
     * @throws MailslotFullException      a local slot's quota is used up
     * @throws BadNetPathException        an unresolvable computer, no network, or a group write above the group limit
     * @throws org.mailslot.wire.MessageTooLargeException above the slot's or the wire's size limit
     * @throws IOException                the socket failed
     */
    public void send(MailslotName target, byte[] data, int priority) throws IOException {
        send(target, NameType.DEFAULT, data, priority);
    }

    /**
     * Writes one message to a name type other than {@code <00>} of the target's server, e.g.
     * {@code \\WORKGROUP\mailslot\BROWSE} to {@code WORKGROUP<1D>} (the local master browser), or to
     * {@code __MSBROWSE__<01>}. Domain (and {@code __MSBROWSE__}) writes are broadcast as group datagrams, computer
     * writes go to the resolved computer as unique datagrams.
     *
     * @param target   where to write
     * @param type     the destination name type
     * @param data     the message (not kept)
     * @param priority 0..9
     * @throws IOException as {@link #send(MailslotName, byte[], int)}
     */
    public void send(MailslotName target, NameType type, byte[] data, int priority) throws IOException {
        send(target(target, type), data, priority);
    }

    /**
     * Where a write to {@code name} goes (group or unique) and the largest message it may carry, decided once for
     * {@link #send(WriteTarget, byte[], int)}.
     *
     * @param name the name to write to
     * @return the target
     */
    public WriteTarget target(MailslotName name) {
        return target(name, NameType.DEFAULT);
    }

    /**
     * As {@link #target(MailslotName)}, addressed to the name type {@code type} of the name's server.
     *
     * @param name the slot to write to
     * @param type the NetBIOS name type (suffix), e.g. {@code <1D>} for a domain's master browser
     * @return the target, with its size limit
     */
    public WriteTarget target(MailslotName name, NameType type) {
        return outbound.target(Objects.requireNonNull(name, "name"), Objects.requireNonNull(type, "type"));
    }

    /**
     * Writes one message to a target from {@link #target(MailslotName)}, checked against its size limit here and
     * nowhere else; fails as {@link #send(MailslotName, byte[], int)} does (a group write above the group limit is
     * a {@link BadNetPathException} caused by a {@link org.mailslot.wire.MessageTooLargeException}).
     *
     * @param target   from {@link #target(MailslotName)}
     * @param data     the message
     * @param priority 0..9 (Windows ignores it)
     * @throws IOException as {@link #send(MailslotName, byte[], int)} throws
     */
    public void send(WriteTarget target, byte[] data, int priority) throws IOException {
        requireOpen();
        outbound.send(Objects.requireNonNull(target, "target"), Objects.requireNonNull(data, "data"), priority);
    }

    /**
     * Sends an arbitrary datagram; nothing is checked beyond what the codec checks. This is not a test hook: it is
     * the one way to write what {@link MailslotName} cannot address, such as a browser announcement to a
     * {@code WORKGROUP<1D>} name or a datagram relayed under another source name.
     * A datagram with our own source name is not read back by this host (counted as
     * {@link DropReason#OWN_ECHO}); one with another source name is received like anybody's.
     *
     * @param datagram the datagram, e.g. built with {@link #sourceName()} and {@link #nextDatagramId()}
     * @param target   the address, or {@code null} for the group targets (broadcast addresses, multicast group)
     * @throws BadNetPathException when the host is local-only
     * @throws IOException         the socket failed
     */
    public void sendDatagram(MailslotDatagram datagram, InetSocketAddress target) throws IOException {
        requireOpen();
        outbound.transmit(datagram, target);
    }

    /**
     * Adds an observer that sees every datagram the endpoint reads (decoded or malformed), with its UDP source,
     * before addressing checks and slot dispatch. Called on the reader thread; must not block.
     *
     * @param handler the observer
     */
    public void addDatagramHandler(DatagramHandler handler) {
        inbound.addObserver(Objects.requireNonNull(handler, "handler"));
    }

    /**
     * Removes an observer added with {@link #addDatagramHandler}.
     *
     * @param handler the observer
     */
    public void removeDatagramHandler(DatagramHandler handler) {
        inbound.removeObserver(handler);
    }

    /**
     * Resolves a computer name as a write to {@code \\NAME\...} would (static table, learned, DNS).
     *
     * @param computerName the name
     * @return the address, or empty
     */
    public Optional<InetSocketAddress> resolve(String computerName) {
        return resolver.resolve(computerName);
    }

    /** {@return the resolver of writes to a computer name: its tables, learned names and refusal counts} */
    public NameResolver resolver() {
        return resolver;
    }

    /** {@return the running name service; empty when it is off or the host is local-only} */
    public Optional<NameService> nameService() {
        return network.nameService();
    }

    /**
     * Whether a write to {@code \\name\mailslot\...} is a group write.
     *
     * @param name a computer or domain name, any case
     * @return true when {@code name} is this host's domain or a configured other domain
     */
    public boolean isDomainName(String name) {
        return outbound.isDomain(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** {@return a snapshot of every counter} */
    public HostCounters counters() {
        return counters.snapshot();
    }

    /** {@return the next DGM_ID of this host's per-host counter} */
    public int nextDatagramId() {
        return outbound.nextDatagramId();
    }

    /** {@return our NetBIOS source name, {@code COMPUTER<00>} in our scope} */
    public NetbiosName sourceName() {
        return outbound.sourceName();
    }

    /** {@return the settings the host was built from} */
    public HostSettings settings() {
        return settings;
    }

    /** {@return the computer name} */
    public String computerName() {
        return settings.computerName();
    }

    /** {@return the domain} */
    public String domain() {
        return settings.domain();
    }

    /** {@return the unicast address and port datagrams leave from; empty for a local-only host} */
    public Optional<InetSocketAddress> localAddress() {
        return network.localAddress();
    }

    /** {@return every UDP address and port this host's sockets are bound to; empty for a local-only host} */
    public List<InetSocketAddress> boundAddresses() {
        return network.boundAddresses();
    }

    /** {@return where group datagrams go; empty for a local-only host} */
    public List<InetSocketAddress> groupTargets() {
        return network.groupTargets();
    }

    /** {@return the endpoint's reader thread, in a list; empty for a local-only host} */
    public List<Thread> readerThreads() {
        return network.readerThreads();
    }

    /** {@return true until {@link #close()}} */
    public boolean isOpen() {
        return lifecycle.isOpen();
    }

    /**
     * Runs {@code listener} once the host has closed, whoever closed it, so the layers above learn that the
     * sockets are gone; at once when it is already closed. Runs on the closing thread and must not block.
     *
     * @param listener what to run
     */
    public void addCloseListener(Runnable listener) {
        lifecycle.addCloseListener(listener);
    }

    // A host that cannot receive any more (its reader failed, or its address is gone) is broken: it closes, and its
    // close listeners find out why in failure().
    private void readerFailed(Throwable cause) {
        lifecycle.failed(cause);
        if (network.endpoint() != null) {
            close();
        }
    }

    /**
     * Why the host closed on its own: its endpoint's reader failed (a socket error, the socket closed by an
     * interrupt, an Error while handling a datagram), or the address it is bound to left every interface. Empty
     * while the host works and after an ordinary {@link #close()}.
     *
     * @return the failure, or empty
     */
    public Optional<Throwable> failure() {
        return lifecycle.failure();
    }

    /** Closes every slot (discarding unread messages), stops the reader thread and frees the sockets. Idempotent. */
    @Override
    public void close() {
        if (!lifecycle.beginClose()) {
            return;
        }
        network.close();
        for (Mailslot slot : slots.all()) {
            slot.close();
        }
        lifecycle.closed();
    }

    void requireOpen() throws MailslotClosedException {
        lifecycle.requireOpen();
    }

    @Override
    public String toString() {
        return "MailslotHost[" + settings.computerName() + " in " + settings.domain()
                + ", " + network + "]";
    }
}
