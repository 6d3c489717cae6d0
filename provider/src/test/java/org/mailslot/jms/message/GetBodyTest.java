package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 {@code Message.getBody} and {@code isBodyAssignableTo} for every body type. */
class GetBodyTest {

    @Test
    void plainMessageHasNoBodyForAnyClass() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        assertThat(message.getBody(String.class)).isNull();
        assertThat(message.isBodyAssignableTo(Map.class)).isTrue();
    }

    @Test
    void textBody() throws JMSException {
        MailslotTextMessage message = new MailslotTextMessage();
        assertThat(message.getBody(Integer.class)).isNull();
        assertThat(message.isBodyAssignableTo(Integer.class)).isTrue();
        message.setText("t");
        assertThat(message.getBody(String.class)).isEqualTo("t");
        assertThat(message.getBody(CharSequence.class)).isEqualTo("t");
        assertThat(message.isBodyAssignableTo(Object.class)).isTrue();
        assertThat(message.isBodyAssignableTo(Integer.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(Integer.class)).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("java.lang.Integer");
    }

    @Test
    void bytesBodyInEitherMode() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        assertThat(message.getBody(byte[].class)).isNull();
        message.writeBytes(new byte[] {1, 2});
        assertThat(message.getBody(byte[].class)).containsExactly(1, 2);
        message.reset();
        assertThat(message.readByte()).isEqualTo((byte) 1);
        assertThat(message.getBody(byte[].class)).containsExactly(1, 2);
        assertThat(message.readByte()).isEqualTo((byte) 2);
        assertThat(message.isBodyAssignableTo(byte[].class)).isTrue();
        assertThat(message.isBodyAssignableTo(String.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(String.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void mapBodyIsACopy() throws JMSException {
        MailslotMapMessage message = new MailslotMapMessage();
        assertThat((Object) message.getBody(Map.class)).isNull();
        message.setInt("a", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = message.getBody(Map.class);
        assertThat(body).containsEntry("a", 1);
        body.put("b", 2);
        assertThat(message.itemExists("b")).isFalse();
        assertThat(message.isBodyAssignableTo(Map.class)).isTrue();
        assertThat(message.isBodyAssignableTo(List.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(List.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void streamBodyIsNeverAssignable() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        assertThat(message.isBodyAssignableTo(Object.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(Object.class)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void objectBodyIsDeserialised() throws JMSException {
        MailslotObjectMessage message = new MailslotObjectMessage();
        assertThat(message.getBody(Serializable.class)).isNull();
        assertThat(message.isBodyAssignableTo(String.class)).isTrue();
        message.setObject(new ArrayList<>(List.of("x")));
        assertThat((Object) message.getBody(List.class)).isEqualTo(List.of("x"));
        assertThat(message.isBodyAssignableTo(List.class)).isTrue();
        assertThat(message.isBodyAssignableTo(Map.class)).isFalse();
        assertThatThrownBy(() -> message.getBody(Map.class)).isInstanceOf(MessageFormatException.class);
    }
}
