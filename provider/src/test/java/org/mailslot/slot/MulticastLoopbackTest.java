package org.mailslot.slot;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.mailslot.net.HostLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Group writes over a multicast group instead of broadcast, as on networks without broadcast; loopback only. */
class MulticastLoopbackTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private static HostSettings settings(String name, int last, int port, InetAddress group) {
        return HostSettings.builder(name).domain("MCASTDOM").bindAddress(LoopbackHosts.loopback(last)).port(port)
                .multicastGroup(group).hostLookup(HostLookup.NONE).build();
    }

    @Test
    @Timeout(20)
    void groupWritesGoOnlyToTheMulticastGroupAndReachEveryMember() throws Exception {
        int port = LoopbackHosts.freePort();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        InetAddress group = InetAddress.getByAddress(new byte[] {(byte) 239, (byte) 255, (byte) random.nextInt(256),
            (byte) (1 + random.nextInt(254))});
        try (MailslotHost a = MailslotHost.start(settings("MCASTA", 51, port, group));
                MailslotHost b = MailslotHost.start(settings("MCASTB", 52, port, group))) {
            assertThat(a.groupTargets()).containsExactly(new InetSocketAddress(group, port));
            Mailslot atA = a.createMailslot("\\\\.\\mailslot\\news", 0, WAIT);
            Mailslot atB = b.createMailslot("\\\\.\\mailslot\\news", 0, WAIT);

            a.openWriter("\\\\*\\mailslot\\news").write("multicast".getBytes(US_ASCII));

            ReceivedMessage atOther = atB.read(WAIT);
            assertThat(atOther.data()).isEqualTo("multicast".getBytes(US_ASCII));
            assertThat(atOther.sourceAddress()).isEqualTo(new InetSocketAddress(LoopbackHosts.loopback(51), port));
            assertThat(atA.read(WAIT).data()).isEqualTo("multicast".getBytes(US_ASCII));
            // The writer's own copy comes back over the group and is recognised.
            await().atMost(WAIT).until(() -> a.counters().drops(DropReason.OWN_ECHO) == 1);
            assertThat(atA.poll()).isNull();
            assertThat(atB.poll()).isNull();
        }
    }
}
