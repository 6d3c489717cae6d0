package org.mailslot.names;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mailslot.wire.NetbiosName;

/**
 * A WINS server for unit tests on 127.0.0.N: answers registrations, refreshes, releases and queries as each name's
 * {@link Policy} says (granting by default), keeps what it granted for queries, and records every request. The
 * real peer (nmbd with "wins support") is exercised in the itests.
 */
final class FakeWinsServer implements AutoCloseable {

    /** What the server does with a registration or refresh of one name. */
    sealed interface Policy {
        record Grant(long ttl) implements Policy { }

        record Refuse(int rcode) implements Policy { }

        /** A WACK saying {@code wack} seconds, then the grant once {@code grant} is counted down (the challenge). */
        record WackThenGrant(long wack, CountDownLatch grant, long ttl) implements Policy { }

        record Silent() implements Policy { }

        /** A refusal from another address (a forger on the segment), then the grant from the server. */
        record ForgedRefusalThenGrant(long ttl) implements Policy { }
    }

    private final DatagramSocket socket;
    private final DatagramSocket forger;
    private final Thread thread;
    private final List<NameServicePacket> requests = new CopyOnWriteArrayList<>();
    private final Map<NetbiosName, Policy> policies = new ConcurrentHashMap<>();
    private final Map<NetbiosName, byte[]> granted = new ConcurrentHashMap<>();
    private volatile Policy fallback = new Policy.Grant(300);

    FakeWinsServer(InetSocketAddress address) throws SocketException {
        socket = new DatagramSocket(address);
        forger = new DatagramSocket(new InetSocketAddress(org.mailslot.slot.LoopbackHosts.loopback(66), 0));
        thread = new Thread(this::serve, "fake-wins");
        thread.setDaemon(true);
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    void policy(NetbiosName name, Policy policy) {
        policies.put(name, policy);
    }

    void everyName(Policy policy) {
        fallback = policy;
    }

    /** Every request received so far, in order. */
    List<NameServicePacket> requests() {
        return List.copyOf(requests);
    }

    List<NameServicePacket> requests(int opcode) {
        return requests.stream().filter(p -> p.opcode() == opcode).toList();
    }

    boolean holds(NetbiosName name) {
        return granted.containsKey(name);
    }

    private void serve() {
        byte[] buffer = new byte[1500];
        while (!socket.isClosed()) {
            DatagramPacket in = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(in);
                NameServicePacket request = NameServiceCodec.decode(ByteBuffer.wrap(in.getData(), 0, in.getLength()));
                requests.add(request);
                answer(request, (InetSocketAddress) in.getSocketAddress());
            } catch (IOException | NameServiceFormatException | InterruptedException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private void answer(NameServicePacket request, InetSocketAddress to)
            throws IOException, InterruptedException, NameServiceFormatException {
        NetbiosName name = request.question().name();
        switch (request.opcode()) {
            case NameServicePacket.OPCODE_QUERY -> {
                byte[] owner = granted.get(name);
                send(owner == null ? NamePackets.negativeQueryResponse(request)
                        : NamePackets.positiveQueryResponse(request, NameServiceCodec.nameAddresses(
                                new ResourceRecord(name, NameServicePacket.TYPE_NB, 0, owner)), 600), to);
            }
            case NameServicePacket.OPCODE_RELEASE -> {
                granted.remove(name);
                send(NamePackets.positiveReleaseResponse(request), to);
            }
            default -> register(request, to, name);
        }
    }

    private void register(NameServicePacket request, InetSocketAddress to, NetbiosName name)
            throws IOException, InterruptedException {
        Policy policy = policies.getOrDefault(name, fallback);
        if (policy instanceof Policy.Grant grant) {
            granted.put(name, request.additionals().get(0).data());
            send(NamePackets.positiveRegistrationResponse(request, grant.ttl()), to);
        } else if (policy instanceof Policy.Refuse refuse) {
            send(NamePackets.negativeRegistrationResponse(request, refuse.rcode()), to);
        } else if (policy instanceof Policy.ForgedRefusalThenGrant forged) {
            byte[] refusal = NameServiceCodec.encode(NamePackets.negativeRegistrationResponse(request,
                    NameServicePacket.RCODE_ACT_ERR));
            forger.send(new DatagramPacket(refusal, refusal.length, to));
            granted.put(name, request.additionals().get(0).data());
            send(NamePackets.positiveRegistrationResponse(request, forged.ttl()), to);
        } else if (policy instanceof Policy.WackThenGrant wack) {
            send(NamePackets.waitForAcknowledgement(request, wack.wack()), to);
            // The server's challenge of the old owner, played out: the test says when it is over.
            if (!wack.grant().await(30, TimeUnit.SECONDS)) {
                return;
            }
            granted.put(name, request.additionals().get(0).data());
            send(NamePackets.positiveRegistrationResponse(request, wack.ttl()), to);
        }
    }

    private void send(NameServicePacket packet, InetSocketAddress to) throws IOException {
        byte[] bytes = NameServiceCodec.encode(packet);
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        forger.close();
        thread.join(5000);
    }
}
