package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotNameException;
import org.mailslot.testing.MailslotNameTable;

/**
 * The shared name table through the JMS API of a networked factory: every accepted name makes a destination that
 * holds the same parsed name as the slot layer, every refused name fails at createQueue/createTopic (not later at
 * send) with an {@link InvalidDestinationException} linked to the slot layer's {@link MailslotNameException}; the
 * longest accepted path crosses the network.
 */
@Timeout(30)
class DestinationNameTableTest {

    private static MailslotConnectionFactory java1;
    private static MailslotConnectionFactory java2;
    private static Connection connection1;
    private static Connection connection2;

    @BeforeAll
    static void startHosts() throws JMSException {
        int port = LoopbackHosts.freePort();
        String common = "&broadcast=127.255.255.255&nameLookup=none&names=JAVA1=127.0.0.24,JAVA2=127.0.0.25"
                + "&wire.maxDatagram=65000";
        java1 = new MailslotConnectionFactory("mailslot://127.0.0.24:" + port + "?computerName=JAVA1" + common);
        java2 = new MailslotConnectionFactory("mailslot://127.0.0.25:" + port + "?computerName=JAVA2" + common);
        connection1 = java1.createConnection();
        connection2 = java2.createConnection();
        connection2.start();
    }

    @AfterAll
    static void stopHosts() throws JMSException {
        connection1.close();
        connection2.close();
        java1.close();
        java2.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mailslot.testing.MailslotNameTable#all")
    void createQueueAndCreateTopicApplyTheTable(MailslotNameTable.Row row) throws JMSException {
        try (Session session = connection1.createSession(); JMSContext context = java1.createContext()) {
            if (row.accepted()) {
                MailslotName expected = MailslotName.parse(row.unc());
                assertThat(((MailslotDestination) session.createQueue(row.unc())).mailslotName()).isEqualTo(expected);
                assertThat(((MailslotDestination) session.createTopic(row.unc())).mailslotName()).isEqualTo(expected);
                assertThat(((MailslotDestination) context.createQueue(row.unc())).mailslotName()).isEqualTo(expected);
                return;
            }
            assertThatThrownBy(() -> session.createQueue(row.unc())).satisfies(e -> refusedBy(e, row));
            assertThatThrownBy(() -> session.createTopic(row.unc())).satisfies(e -> refusedBy(e, row));
            assertThatThrownBy(() -> context.createQueue(row.unc()))
                    .isInstanceOf(InvalidDestinationRuntimeException.class)
                    .satisfies(e -> refusedBy(e.getCause(), row));
            assertThatThrownBy(() -> context.createTopic(row.unc()))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
        }
    }

    private static void refusedBy(Throwable error, MailslotNameTable.Row row) {
        if (row.questionMark()) {
            assertThat(error).isInstanceOf(InvalidDestinationException.class).hasMessageContaining("payload=");
            return;
        }
        assertThat(error).isInstanceOf(InvalidDestinationException.class).hasMessageContaining(row.refused().name());
        assertThat(((JMSException) error).getLinkedException()).isInstanceOf(MailslotNameException.class);
        assertThat(((MailslotNameException) error.getCause()).rule()).isEqualTo(row.refused());
    }

    @Test
    void theLongestPathCrossesTheNetwork() throws JMSException {
        String longest = "q".repeat(MailslotName.MAX_PATH_LENGTH);
        try (Session receiver = connection2.createSession(); Session sender = connection1.createSession()) {
            MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(longest));
            Queue remote = sender.createQueue("\\\\JAVA2\\mailslot\\" + longest);
            sender.createProducer(remote).send(sender.createTextMessage("at the limit"));
            TextMessage received = (TextMessage) consumer.receive(10_000);
            assertThat(received).isNotNull();
            assertThat(received.getText()).isEqualTo("at the limit");
        }
    }
}
