package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotTemporaryTopic;

/**
 * Jakarta Messaging 3.1 §3.12 (messages of other providers sent through ours). The foreign messages are Mockito
 * mocks of the JMS interfaces: they stand in for another provider, the collaborator this unit must not depend on.
 */
class MessageCopiesTest {

    @Test
    void foreignTextMessageKeepsHeadersPropertiesAndBody() throws JMSException {
        TextMessage foreign = mock(TextMessage.class);
        when(foreign.getText()).thenReturn("hello");
        when(foreign.getJMSMessageID()).thenReturn("ID:foreign-1");
        when(foreign.getJMSTimestamp()).thenReturn(1000L);
        when(foreign.getJMSCorrelationID()).thenReturn("corr");
        when(foreign.getJMSType()).thenReturn("type");
        when(foreign.getJMSDeliveryMode()).thenReturn(DeliveryMode.NON_PERSISTENT);
        when(foreign.getJMSPriority()).thenReturn(7);
        when(foreign.getJMSExpiration()).thenReturn(5000L);
        when(foreign.getJMSDeliveryTime()).thenReturn(2000L);
        Queue replyTo = mock(Queue.class);
        when(replyTo.getQueueName()).thenReturn("replies");
        when(foreign.getJMSReplyTo()).thenReturn(replyTo);
        when(foreign.getPropertyNames()).thenReturn(Collections.enumeration(List.of("count", "JMSXGroupID")));
        when(foreign.getObjectProperty("count")).thenReturn(3);
        when(foreign.getObjectProperty("JMSXGroupID")).thenReturn("g");

        MailslotMessage copy = MessageCopies.copyOf(foreign);

        assertThat(copy).isInstanceOf(MailslotTextMessage.class);
        assertThat(((TextMessage) copy).getText()).isEqualTo("hello");
        assertThat(copy.getJMSMessageID()).isEqualTo("ID:foreign-1");
        assertThat(copy.getJMSTimestamp()).isEqualTo(1000L);
        assertThat(copy.getJMSCorrelationID()).isEqualTo("corr");
        assertThat(copy.getJMSType()).isEqualTo("type");
        assertThat(copy.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(copy.getJMSPriority()).isEqualTo(7);
        assertThat(copy.getJMSExpiration()).isEqualTo(5000L);
        assertThat(copy.getJMSDeliveryTime()).isEqualTo(2000L);
        assertThat(copy.getJMSReplyTo()).isEqualTo(MailslotDestinations.parseQueue("\\\\.\\mailslot\\replies"));
        assertThat(copy.getIntProperty("count")).isEqualTo(3);
        assertThat(copy.getStringProperty("JMSXGroupID")).isEqualTo("g");
    }

    @Test
    void foreignBodiesOfEveryKindAreCopied() throws JMSException {
        BytesMessage bytes = foreign(BytesMessage.class);
        // Read through the JMS 1.1 methods only: reset() then readBytes until it reports the end.
        when(bytes.readBytes(org.mockito.ArgumentMatchers.any(byte[].class))).thenAnswer(call -> {
            byte[] target = call.getArgument(0);
            target[0] = 1;
            target[1] = 2;
            return 2;
        }).thenReturn(-1);
        MailslotBytesMessage bytesCopy = (MailslotBytesMessage) MessageCopies.copyOf(bytes);
        assertThat(bytesCopy.bodyBytes()).containsExactly(1, 2);

        MapMessage map = foreign(MapMessage.class);
        when(map.getMapNames()).thenReturn(Collections.enumeration(List.of("k")));
        when(map.getObject("k")).thenReturn('c');
        assertThat(((MailslotMapMessage) MessageCopies.copyOf(map)).getChar("k")).isEqualTo('c');

        StreamMessage stream = foreign(StreamMessage.class);
        when(stream.readObject()).thenReturn(1, "two").thenThrow(new MessageEOFException("end"));
        MailslotStreamMessage streamCopy = (MailslotStreamMessage) MessageCopies.copyOf(stream);
        assertThat(streamCopy.items()).containsExactly(1, "two");

        ObjectMessage object = foreign(ObjectMessage.class);
        when(object.getObject()).thenReturn("serialised");
        assertThat(((ObjectMessage) MessageCopies.copyOf(object)).getObject()).isEqualTo("serialised");

        Message plain = foreign(Message.class);
        assertThat(MessageCopies.copyOf(plain).getClass()).isEqualTo(MailslotMessage.class);
    }

    @Test
    void foreignPropertyWeCannotCarryIsAMessageFormatException() throws JMSException {
        Message foreign = mock(Message.class);
        when(foreign.getPropertyNames()).thenReturn(Collections.enumeration(List.of("JMS_ok", "JMSVendorThing")));
        when(foreign.getObjectProperty("JMS_ok")).thenReturn(1);
        when(foreign.getObjectProperty("JMSVendorThing")).thenReturn("x");
        assertThatThrownBy(() -> MessageCopies.copyOf(foreign)).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("JMSVendorThing")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ourMessagesAreCopiedNotShared() throws JMSException {
        MailslotTextMessage ours = new MailslotTextMessage("x");
        MailslotMessage copy = MessageCopies.copyOf(ours);
        assertThat(copy).isNotSameAs(ours);
        assertThat(((TextMessage) copy).getText()).isEqualTo("x");
    }

    @Test
    void foreignDestinationsBecomeMailslotDestinationsByName() throws JMSException {
        Topic topic = mock(Topic.class);
        when(topic.getTopicName()).thenReturn("status");
        assertThat(MessageCopies.toMailslot(topic)).isEqualTo(MailslotDestinations.parseTopic("status"));

        TemporaryTopic temporary = mock(TemporaryTopic.class);
        when(temporary.getTopicName()).thenReturn("\\\\HOSTB\\mailslot\\temp\\1");
        MailslotDestination converted = MessageCopies.toMailslot(temporary);
        assertThat(converted).isInstanceOf(MailslotTemporaryTopic.class);
        assertThat(converted.serverName()).isEqualTo("HOSTB");

        Queue badName = mock(Queue.class);
        when(badName.getQueueName()).thenReturn("a|b");
        assertThatThrownBy(() -> MessageCopies.toMailslot(badName)).isInstanceOf(InvalidDestinationException.class)
                .hasMessageContaining("a|b");
        assertThatThrownBy(() -> MessageCopies.toMailslot(mock(Destination.class)))
                .isInstanceOf(InvalidDestinationException.class);
        assertThat(MessageCopies.toMailslot(null)).isNull();
    }

    private static <T extends Message> T foreign(Class<T> type) throws JMSException {
        T message = mock(type);
        when(message.getPropertyNames()).thenReturn(Collections.emptyEnumeration());
        when(message.getJMSPriority()).thenReturn(4);
        return message;
    }
}
