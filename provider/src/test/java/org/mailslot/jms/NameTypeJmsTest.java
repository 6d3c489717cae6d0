package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.slot.LoopbackHosts;

/**
 * JMS end to end on loopback: a producer on {@code ?nameType=1D} writes to {@code WORKGROUP<1D>}, and the
 * receiving provider, which asks for {@code <1D>} with {@code receiveNameTypes}, reports the name type in
 * {@code MailslotDestinationNameType}.
 */
@Timeout(30)
class NameTypeJmsTest {

    private final int port = LoopbackHosts.freePort();
    private final MailslotConnectionFactory sender = new MailslotConnectionFactory("mailslot://127.0.0.71:" + port
            + "?computerName=SENDER&broadcast=127.255.255.255&nameLookup=none");
    private final MailslotConnectionFactory receiver = new MailslotConnectionFactory("mailslot://127.0.0.72:" + port
            + "?computerName=RECEIVER&broadcast=127.255.255.255&nameLookup=none&receiveNameTypes=1D");

    @AfterEach
    void close() {
        sender.close();
        receiver.close();
    }

    @Test
    void theNameTypeOfTheDestinationTravelsAndIsReportedOnReceipt() throws Exception {
        try (Connection in = receiver.createConnection(); Connection out = sender.createConnection()) {
            in.start();
            Session inSession = in.createSession();
            MessageConsumer consumer = inSession.createConsumer(inSession.createTopic("browsetest"));
            Session outSession = out.createSession();
            outSession.createProducer(outSession.createTopic("\\\\WORKGROUP\\mailslot\\browsetest?nameType=1D"))
                    .send(outSession.createTextMessage("to the master browser"));

            Message message = consumer.receive(10_000);
            assertThat(message).isNotNull();
            assertThat(message.getStringProperty("MailslotDestinationNameType")).isEqualTo("1D");
            assertThat(message.getBody(String.class)).isEqualTo("to the master browser");
        }
    }
}
