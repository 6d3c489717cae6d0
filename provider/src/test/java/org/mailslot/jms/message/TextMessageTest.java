package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §3.11.1: a String body, writeable until receipt. */
class TextMessageTest {

    @Test
    void textIsKeptAndMayBeNull() throws JMSException {
        MailslotTextMessage message = new MailslotTextMessage();
        assertThat(message.getText()).isNull();
        message.setText("hello");
        assertThat(message.getText()).isEqualTo("hello");
        message.setText(null);
        assertThat(message.getText()).isNull();
    }

    @Test
    void receivedTextIsReadOnlyUntilClearBody() throws JMSException {
        MailslotTextMessage message = new MailslotTextMessage("in");
        message.makeReadOnly();
        assertThat(message.getText()).isEqualTo("in");
        assertThatThrownBy(() -> message.setText("x")).isInstanceOf(MessageNotWriteableException.class)
                .hasMessageContaining("clearBody()");
        message.clearBody();
        assertThat(message.getText()).isNull();
        message.setText("out");
        assertThat(message.getText()).isEqualTo("out");
    }
}
