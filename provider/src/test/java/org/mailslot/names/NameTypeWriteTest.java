package org.mailslot.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.ReceivedMessage;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotDatagram;

/** Writes to name types other than {@code <00>} between two hosts on loopback, and what the receiver reports. */
@Timeout(30)
class NameTypeWriteTest {

    private final int port = LoopbackHosts.freePort();
    private MailslotHost sender;
    private MailslotHost receiver;

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    @Test
    void domainWritesGoToTheChosenNameTypeAndTheReceiverReportsIt() throws Exception {
        sender = MailslotHost.start(LoopbackHosts.host("SENDER", "WORKGROUP", 41, port).build());
        receiver = MailslotHost.start(LoopbackHosts.host("RECEIVER", "WORKGROUP", 42, port)
                .receiveNameType(NameType.MASTER_BROWSER).build());
        List<MailslotDatagram> seen = new CopyOnWriteArrayList<>();
        receiver.addDatagramHandler((datagram, source) -> seen.add(datagram));
        Mailslot browse = receiver.createMailslot("\\\\.\\mailslot\\BROWSE", 0, Duration.ofSeconds(10));
        MailslotName workgroup = MailslotName.parse("\\\\WORKGROUP\\mailslot\\BROWSE");

        sender.send(workgroup, NameType.MASTER_BROWSER, "announce".getBytes(StandardCharsets.US_ASCII), 0);
        ReceivedMessage message = browse.read();
        assertThat(message.destinationType()).isEqualTo(0x1D);
        assertThat(message.delivery()).isEqualTo(ReceivedMessage.Delivery.GROUP);

        sender.send(workgroup, NameType.MSBROWSE, "to every master".getBytes(StandardCharsets.US_ASCII), 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(d -> d.destination().suffix() == 1));
        MailslotDatagram msbrowse = seen.stream().filter(d -> d.destination().suffix() == 1).findFirst().orElseThrow();
        assertThat(msbrowse.destination().name()).isEqualTo("\u0001\u0002__MSBROWSE__\u0002");
        assertThat(msbrowse.type()).isEqualTo(DatagramType.DIRECT_GROUP);
    }

    @Test
    void computerWritesGoUniqueToTheChosenNameType() throws Exception {
        sender = MailslotHost.start(LoopbackHosts.host("SENDER", "WORKGROUP", 41, port)
                .staticName("RECEIVER", LoopbackHosts.loopback(42)).build());
        receiver = MailslotHost.start(LoopbackHosts.host("RECEIVER", "WORKGROUP", 42, port)
                .receiveNameType(NameType.MESSENGER).build());
        Mailslot messenger = receiver.createMailslot("\\\\.\\mailslot\\messngr", 0, Duration.ofSeconds(10));

        sender.send(MailslotName.parse("\\\\RECEIVER\\mailslot\\messngr"), NameType.MESSENGER,
                "hi".getBytes(StandardCharsets.US_ASCII), 0);

        ReceivedMessage message = messenger.read();
        assertThat(message.destinationType()).isEqualTo(0x03);
        assertThat(message.delivery()).isEqualTo(ReceivedMessage.Delivery.UNIQUE);
    }
}
