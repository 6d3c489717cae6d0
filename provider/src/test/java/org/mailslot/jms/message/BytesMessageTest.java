package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §3.11.2 and the BytesMessage Javadoc: write-only then read-only, DataInput encodings. */
class BytesMessageTest {

    @Test
    void everyTypeRoundTripsAfterReset() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        message.writeBoolean(true);
        message.writeByte((byte) -2);
        message.writeShort((short) -300);
        message.writeChar('é');
        message.writeInt(70000);
        message.writeLong(1L << 40);
        message.writeFloat(1.25f);
        message.writeDouble(-2.5);
        message.writeUTF("héllo");
        message.writeBytes(new byte[] {1, 2, 3});
        message.writeBytes(new byte[] {9, 4, 5, 9}, 1, 2);
        message.writeObject(255);
        message.reset();

        assertThat(message.getBodyLength()).isEqualTo(1 + 1 + 2 + 2 + 4 + 8 + 4 + 8 + (2 + 6) + 3 + 2 + 4);
        assertThat(message.readBoolean()).isTrue();
        assertThat(message.readByte()).isEqualTo((byte) -2);
        assertThat(message.readShort()).isEqualTo((short) -300);
        assertThat(message.readChar()).isEqualTo('é');
        assertThat(message.readInt()).isEqualTo(70000);
        assertThat(message.readLong()).isEqualTo(1L << 40);
        assertThat(message.readFloat()).isEqualTo(1.25f);
        assertThat(message.readDouble()).isEqualTo(-2.5);
        assertThat(message.readUTF()).isEqualTo("héllo");
        byte[] buffer = new byte[5];
        assertThat(message.readBytes(buffer, 3)).isEqualTo(3);
        assertThat(message.readUnsignedByte()).isEqualTo(4);
        assertThat(message.readByte()).isEqualTo((byte) 5);
        assertThat(message.readInt()).isEqualTo(255);
        assertThat(message.readBytes(buffer)).isEqualTo(-1);
    }

    @Test
    void newMessageIsWriteOnly() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        message.writeInt(1);
        assertThatThrownBy(message::readInt).isInstanceOf(MessageNotReadableException.class)
                .hasMessageContaining("reset()");
        assertThatThrownBy(message::getBodyLength).isInstanceOf(MessageNotReadableException.class);
    }

    @Test
    void resetOrReceiptMakesTheBodyReadOnly() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        message.writeShort((short) 7);
        message.makeReadOnly();
        assertThatThrownBy(() -> message.writeInt(1)).isInstanceOf(MessageNotWriteableException.class)
                .hasMessageContaining("clearBody");
        assertThat(message.readShort()).isEqualTo((short) 7);
        message.reset();
        assertThat(message.readShort()).isEqualTo((short) 7);
    }

    @Test
    void readingPastTheEndIsMessageEofAndKeepsThePosition() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        message.writeShort((short) 0x0102);
        message.reset();
        assertThatThrownBy(message::readInt).isInstanceOf(MessageEOFException.class);
        assertThat(message.readShort()).isEqualTo((short) 0x0102);
        assertThatThrownBy(message::readByte).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void clearBodyEmptiesAndMakesWriteable() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        message.writeLong(5);
        message.reset();
        message.clearBody();
        message.writeByte((byte) 1);
        message.reset();
        assertThat(message.getBodyLength()).isEqualTo(1);
    }

    @Test
    void writeObjectRefusesOtherTypesAndNull() {
        MailslotBytesMessage message = new MailslotBytesMessage();
        assertThatThrownBy(() -> message.writeObject(new Object())).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.writeObject(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void malformedUtfIsMessageFormatException() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        message.setBodyBytes(new byte[] {0, 2, (byte) 0xC0, 0x00});
        message.reset();
        assertThatThrownBy(message::readUTF).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void bodyBytesDoesNotMoveTheReadPosition() throws JMSException {
        MailslotBytesMessage message = new MailslotBytesMessage();
        message.writeBytes(new byte[] {1, 2});
        assertThat(message.bodyBytes()).containsExactly(1, 2);
        message.reset();
        assertThat(message.readByte()).isEqualTo((byte) 1);
        assertThat(message.bodyBytes()).containsExactly(1, 2);
        assertThat(message.readByte()).isEqualTo((byte) 2);
    }
}
