package org.mailslot.slot;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mailslot.net.DatagramHandler;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireFormatException;
import org.mailslot.wire.WireLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hand-made datagrams from a raw socket into a real host: each is delivered or dropped with its reason. */
@Timeout(30)
class HostReceivePathTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final MailslotCodec WINDOWS = MailslotCodec.windows();
    private static final MailslotCodec SAMBA = new MailslotCodec(SmbProfile.SAMBA, WireLimits.WINDOWS);

    private int port;
    private MailslotHost host;
    private DatagramChannel peer;
    private InetSocketAddress hostAddress;
    private final List<String> observed = new CopyOnWriteArrayList<>();
    private int nextId;

    @BeforeEach
    void start() throws Exception {
        port = LoopbackHosts.freePort();
        host = MailslotHost.start(LoopbackHosts.host("HOSTR", "WORKGROUP", 31, port)
                .slotQuotaBytes(2 * (20 + SlotQueue.MESSAGE_OVERHEAD)).build());
        hostAddress = new InetSocketAddress(LoopbackHosts.loopback(31), port);
        host.addDatagramHandler(new DatagramHandler() {
            @Override
            public void onDatagram(MailslotDatagram datagram, InetSocketAddress source) {
                observed.add(datagram.destination() + " from " + source);
            }

            @Override
            public void onMalformed(WireFormatException error, InetSocketAddress source, ByteBuffer payload) {
                observed.add(error.reason() + " from " + source);
            }
        });
        peer = DatagramChannel.open(StandardProtocolFamily.INET);
        peer.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        peer.bind(new InetSocketAddress(LoopbackHosts.loopback(32), port));
    }

    @AfterEach
    void stop() throws Exception {
        peer.close();
        host.close();
    }

    private MailslotDatagram datagram(String destination, String scope, String slot, String text) {
        return new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, nextId++, 0x7F000020, port,
                NetbiosName.of("PEER", 0, scope), NetbiosName.of(destination, 0, scope), "\\MAILSLOT\\" + slot, 0,
                text.getBytes(US_ASCII));
    }

    private void send(MailslotCodec codec, MailslotDatagram datagram) throws Exception {
        peer.send(ByteBuffer.wrap(codec.encode(datagram)), hostAddress);
    }

    private void sendRaw(byte[] bytes) throws Exception {
        peer.send(ByteBuffer.wrap(bytes), hostAddress);
    }

    private void awaitReceived(long count) {
        await().atMost(WAIT).until(() -> host.counters().received() == count);
    }

    @Test
    void everyDatagramIsDeliveredOrDroppedWithItsReason() throws Exception {
        Mailslot slot = host.createMailslot("\\\\.\\mailslot\\in", 20, Duration.ZERO);
        MailslotDatagram good = datagram("HOSTR", "", "IN", "hello");
        send(WINDOWS, good);
        send(WINDOWS, good);
        send(WINDOWS, datagram("SOMEONE", "", "in", "not for us"));
        send(WINDOWS, datagram("HOSTR", "corp.example", "in", "other scope"));
        send(WINDOWS, datagram("HOSTR", "", "nobody", "unknown slot"));
        send(WINDOWS, datagram("HOSTR", "", "in", "x".repeat(21)));
        sendRaw(new byte[] {0x10, 0x02, 0x00});
        byte[] badSignature = WINDOWS.encode(datagram("HOSTR", "", "in", "sig"));
        badSignature[82] = 0;
        sendRaw(badSignature);
        send(SAMBA, datagram("workgroup", "", "in", "samba"));
        send(WINDOWS, datagram("HOSTR", "", "in", "third"));
        awaitReceived(10);

        HostCounters counters = host.counters();
        assertThat(counters.remoteDelivered()).isEqualTo(2);
        assertThat(counters.drops(DropReason.DUPLICATE)).isEqualTo(1);
        assertThat(counters.drops(DropReason.NOT_FOR_US)).isEqualTo(2);
        assertThat(counters.drops(DropReason.UNKNOWN_SLOT)).isEqualTo(1);
        assertThat(counters.drops(DropReason.OVERSIZE)).isEqualTo(1);
        assertThat(counters.drops(DropReason.MALFORMED)).isEqualTo(2);
        assertThat(counters.malformed()).containsEntry(WireFormatException.Reason.TRUNCATED_HEADER, 1L)
                .containsEntry(WireFormatException.Reason.BAD_SMB_SIGNATURE, 1L);
        assertThat(counters.drops(DropReason.QUEUE_FULL)).as("quota holds two 20-byte messages").isEqualTo(1);
        assertThat(counters.received()).isEqualTo(counters.remoteDelivered() + counters.totalDrops());

        ReceivedMessage first = slot.poll();
        assertThat(first.data()).isEqualTo(bytes("hello"));
        assertThat(first.sourceAddress()).isEqualTo(peer.getLocalAddress());
        assertThat(slot.poll().data()).as("a Samba-profile datagram to our domain name").isEqualTo(bytes("samba"));
        assertThat(slot.poll()).isNull();

        assertThat(observed).hasSize(10).contains("SOMEONE<00> from " + peer.getLocalAddress(),
                "TRUNCATED_HEADER from " + peer.getLocalAddress());
        assertThat(host.readerThreads()).as("the readers survive bad input").isNotEmpty().allMatch(Thread::isAlive);
    }

    @Test
    void sendersAreLearnedSoThatRepliesGoToTheirSourcePort() throws Exception {
        send(WINDOWS, datagram("HOSTR", "", "nobody", "hi"));
        awaitReceived(1);
        assertThat(host.resolve("peer")).contains((InetSocketAddress) peer.getLocalAddress());
        host.openWriter("\\\\PEER\\mailslot\\reply").write(bytes("back"));
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        peer.configureBlocking(true);
        peer.receive(buffer);
        MailslotDatagram reply = WINDOWS.decode(buffer.flip());
        assertThat(reply.type()).isEqualTo(DatagramType.DIRECT_UNIQUE);
        assertThat(reply.source()).isEqualTo(NetbiosName.of("HOSTR", 0));
        assertThat(reply.destination()).isEqualTo(NetbiosName.of("PEER", 0));
        assertThat(reply.sourcePort()).isEqualTo(port);
        assertThat(reply.sourceIp()).isEqualTo(0x7F00001F);
        assertThat(reply.nodeType()).isEqualTo(NodeType.B);
        assertThat(reply.mailslotName()).isEqualTo("\\MAILSLOT\\reply");
        assertThat(reply.data()).isEqualTo(bytes("back"));
    }

    @Test
    void browserAndServerNameTypesAreNotAWorkstationsWritesUnlessAskedFor() throws Exception {
        Mailslot browse = host.createMailslot("\\\\.\\mailslot\\browse", 0, Duration.ZERO);
        send(WINDOWS, typed("WORKGROUP", 0x1D, "election"));
        send(WINDOWS, typed("WORKGROUP", 0x1E, "election"));
        send(WINDOWS, typed("HOSTR", 0x20, "server"));
        send(WINDOWS, typed("*", 0x00, "everyone"));
        awaitReceived(4);

        assertThat(host.counters().drops(DropReason.UNWANTED_NAME_TYPE)).isEqualTo(3);
        assertThat(host.counters().drops(DropReason.NOT_FOR_US)).isZero();
        assertThat(browse.poll().data()).isEqualTo(bytes("everyone"));
        assertThat(browse.poll()).isNull();
        assertThat(observed).as("observers (the bridge) still see them").hasSize(4);

        try (MailslotHost browser = MailslotHost.start(LoopbackHosts.host("BROWSER", "WORKGROUP", 33, port)
                .receiveNameType(org.mailslot.names.NameType.MASTER_BROWSER).build())) {
            Mailslot announcements = browser.createMailslot("\\\\.\\mailslot\\browse", 0, WAIT);
            peer.send(ByteBuffer.wrap(WINDOWS.encode(typed("WORKGROUP", 0x1D, "announce"))),
                    new InetSocketAddress(LoopbackHosts.loopback(33), port));
            peer.send(ByteBuffer.wrap(WINDOWS.encode(typed("WORKGROUP", 0x1E, "election"))),
                    new InetSocketAddress(LoopbackHosts.loopback(33), port));

            ReceivedMessage announce = announcements.read();
            assertThat(announce.data()).isEqualTo(bytes("announce"));
            assertThat(announce.destinationType()).isEqualTo(0x1D);
            await().atMost(WAIT).until(() -> browser.counters().drops(DropReason.UNWANTED_NAME_TYPE) == 1);
        }
    }

    private MailslotDatagram typed(String destination, int type, String text) {
        return new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, nextId++, 0x7F000020, port,
                NetbiosName.of("PEER", 0), NetbiosName.of(destination, type), "\\MAILSLOT\\BROWSE", 0,
                text.getBytes(US_ASCII));
    }

    @Test
    void theBridgePathSendsArbitraryDatagramsToAnAddressOrTheGroup() throws Exception {
        MailslotDatagram custom = new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.H, host.nextDatagramId(),
                0x7F00001F, port, host.sourceName(), NetbiosName.of("WORKGROUP", 0x1D), "\\MAILSLOT\\BROWSE", 1,
                bytes("announce"));
        host.sendDatagram(custom, (InetSocketAddress) peer.getLocalAddress());
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        peer.configureBlocking(true);
        peer.receive(buffer);
        assertThat(WINDOWS.decode(buffer.flip())).isEqualTo(custom);
        assertThat(host.groupTargets()).containsExactly(new InetSocketAddress(LoopbackHosts.BROADCAST, port));
        assertThat(host.counters().sent()).isEqualTo(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(US_ASCII);
    }
}
