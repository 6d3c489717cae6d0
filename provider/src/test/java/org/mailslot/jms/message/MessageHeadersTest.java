package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotDestinations;

/** Jakarta Messaging 3.1 §3.4: message headers, plus the provider hooks a session uses on receipt and send. */
class MessageHeadersTest {

    @Test
    void newMessageHasSpecDefaults() {
        MailslotMessage message = new MailslotMessage();
        assertThat(message.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(message.getJMSPriority()).isEqualTo(Message.DEFAULT_PRIORITY);
        assertThat(message.getJMSMessageID()).isNull();
        assertThat(message.getJMSTimestamp()).isZero();
        assertThat(message.getJMSExpiration()).isZero();
        assertThat(message.getJMSDeliveryTime()).isZero();
        assertThat(message.getJMSRedelivered()).isFalse();
        assertThat(message.getJMSCorrelationID()).isNull();
        assertThat(message.getJMSCorrelationIDAsBytes()).isNull();
        assertThat(message.propertyExists("JMSXDeliveryCount")).isFalse();
    }

    @Test
    void everyHeaderKeepsWhatWasSet() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.setJMSMessageID("ID:abc");
        message.setJMSTimestamp(1234L);
        message.setJMSCorrelationID("corr");
        message.setJMSReplyTo(MailslotDestinations.parseQueue("replies"));
        message.setJMSDestination(MailslotDestinations.parseTopic("status"));
        message.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
        message.setJMSRedelivered(true);
        message.setJMSType("order");
        message.setJMSExpiration(99L);
        message.setJMSDeliveryTime(77L);
        message.setJMSPriority(9);

        assertThat(message.getJMSMessageID()).isEqualTo("ID:abc");
        assertThat(message.getJMSTimestamp()).isEqualTo(1234L);
        assertThat(message.getJMSCorrelationID()).isEqualTo("corr");
        assertThat(message.getJMSReplyTo()).isEqualTo(MailslotDestinations.parseQueue("\\\\.\\MAILSLOT\\REPLIES"));
        assertThat(message.getJMSDestination()).isEqualTo(MailslotDestinations.parseTopic("status"));
        assertThat(message.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(message.getJMSRedelivered()).isTrue();
        assertThat(message.getJMSType()).isEqualTo("order");
        assertThat(message.getJMSExpiration()).isEqualTo(99L);
        assertThat(message.getJMSDeliveryTime()).isEqualTo(77L);
        assertThat(message.getJMSPriority()).isEqualTo(9);
    }

    @Test
    void correlationIdAsBytesIsCopiedAndReplacesTheStringForm() {
        MailslotMessage message = new MailslotMessage();
        message.setJMSCorrelationID("text");
        byte[] id = {1, 2, 3};
        message.setJMSCorrelationIDAsBytes(id);
        id[0] = 9;

        assertThat(message.getJMSCorrelationIDAsBytes()).containsExactly(1, 2, 3);
        assertThat(message.hasBinaryCorrelationId()).isTrue();
        message.getJMSCorrelationIDAsBytes()[1] = 7;
        assertThat(message.getJMSCorrelationIDAsBytes()).containsExactly(1, 2, 3);

        message.setJMSCorrelationID("again");
        assertThat(message.hasBinaryCorrelationId()).isFalse();
        assertThat(message.getJMSCorrelationIDAsBytes()).isEqualTo("again".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void deliveryCountSetsJmsxPropertyAndRedeliveredEvenWhenReadOnly() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.makeReadOnly();
        message.setDeliveryCount(1);
        assertThat(message.getIntProperty(PropertyNames.JMSX_DELIVERY_COUNT)).isEqualTo(1);
        assertThat(message.getJMSRedelivered()).isFalse();

        message.setDeliveryCount(3);
        assertThat(message.getObjectProperty("JMSXDeliveryCount")).isEqualTo(3);
        assertThat(message.getJMSRedelivered()).isTrue();
        assertThatThrownBy(() -> message.setDeliveryCount(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acknowledgeIsANoOpUntilASessionSetsAnAcknowledger() throws JMSException {
        MailslotMessage message = new MailslotTextMessage("hi");
        message.acknowledge();

        List<Message> acknowledged = new ArrayList<>();
        message.setAcknowledger(acknowledged::add);
        message.acknowledge();
        assertThat(acknowledged).containsExactly(message);
    }

    @Test
    void copyIsIndependentOfTheOriginal() throws JMSException {
        MailslotTextMessage original = new MailslotTextMessage("one");
        original.setJMSMessageID("ID:1");
        original.setJMSCorrelationIDAsBytes(new byte[] {5});
        original.setStringProperty("p", "v");
        List<Message> acknowledged = new ArrayList<>();
        original.setAcknowledger(acknowledged::add);

        MailslotMessage copy = original.copy();
        original.setText("two");
        original.setStringProperty("p", "changed");
        original.setJMSMessageID("ID:2");

        assertThat(copy).isInstanceOf(MailslotTextMessage.class);
        assertThat(((MailslotTextMessage) copy).getText()).isEqualTo("one");
        assertThat(copy.getStringProperty("p")).isEqualTo("v");
        assertThat(copy.getJMSMessageID()).isEqualTo("ID:1");
        assertThat(copy.getJMSCorrelationIDAsBytes()).containsExactly(5);
        copy.acknowledge();
        assertThat(acknowledged).as("a copy is not acknowledged through the original's session").isEmpty();
    }

    @Test
    void copyOfAReceivedMessageIsWriteable() throws JMSException {
        MailslotTextMessage received = new MailslotTextMessage("in");
        received.setStringProperty("p", "v");
        received.makeReadOnly();

        MailslotMessage copy = received.copy();
        copy.setStringProperty("q", "w");
        ((MailslotTextMessage) copy).setText("out");
        assertThat(copy.getStringProperty("q")).isEqualTo("w");
    }

    @Test
    void messageIdsAreUniqueAndInUuidForm() throws JMSException {
        MessageIdGenerator ids = new MessageIdGenerator(0x0123456789abcdefL, 41);
        assertThat(ids.next()).isEqualTo("ID:01234567-89ab-cdef-0000-000000000029");
        assertThat(ids.next()).isEqualTo("ID:01234567-89ab-cdef-0000-00000000002a");
        MailslotMessage lazy = new MailslotMessage();
        ids.assignNext(lazy);
        assertThat(lazy.getJMSMessageID()).isEqualTo("ID:01234567-89ab-cdef-0000-00000000002b");
        assertThat(lazy.copy().getJMSMessageID()).isEqualTo(lazy.getJMSMessageID());
        MessageIdGenerator random = new MessageIdGenerator();
        assertThat(random.next()).matches("ID:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .isNotEqualTo(random.next());
    }
}
