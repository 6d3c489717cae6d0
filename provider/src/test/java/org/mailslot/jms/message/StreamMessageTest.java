package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §3.11.3 and the StreamMessage Javadoc: the conversion table and partial byte[] reads. */
class StreamMessageTest {

    @Test
    void valuesAreReadInOrderWithTheirTypes() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        message.writeBoolean(true);
        message.writeByte((byte) 1);
        message.writeShort((short) 2);
        message.writeChar('c');
        message.writeInt(3);
        message.writeLong(4L);
        message.writeFloat(5f);
        message.writeDouble(6d);
        message.writeString("seven");
        message.writeObject(null);
        message.reset();

        assertThat(message.readBoolean()).isTrue();
        assertThat(message.readByte()).isEqualTo((byte) 1);
        assertThat(message.readShort()).isEqualTo((short) 2);
        assertThat(message.readChar()).isEqualTo('c');
        assertThat(message.readInt()).isEqualTo(3);
        assertThat(message.readLong()).isEqualTo(4L);
        assertThat(message.readFloat()).isEqualTo(5f);
        assertThat(message.readDouble()).isEqualTo(6d);
        assertThat(message.readString()).isEqualTo("seven");
        assertThat(message.readObject()).isNull();
        assertThatThrownBy(message::readObject).isInstanceOf(MessageEOFException.class);
    }

    @Test
    void aFailedConversionLeavesThePositionForAnotherTry() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        message.writeString("abc");
        message.writeLong(9L);
        message.reset();

        assertThatThrownBy(message::readInt).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.readBytes(new byte[1])).isInstanceOf(MessageFormatException.class);
        assertThat(message.readString()).isEqualTo("abc");
        assertThatThrownBy(message::readInt).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(message::readChar).isInstanceOf(MessageFormatException.class);
        assertThat(message.readString()).isEqualTo("9");
    }

    @Test
    void conversionsFollowTheTable() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        message.writeByte((byte) 7);
        message.writeFloat(1.5f);
        message.writeString("true");
        message.writeChar('z');
        message.reset();
        assertThat(message.readLong()).isEqualTo(7L);
        assertThat(message.readDouble()).isEqualTo(1.5d);
        assertThat(message.readBoolean()).isTrue();
        assertThat(message.readString()).isEqualTo("z");
    }

    @Test
    void nullValuesFollowValueOfNull() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        for (int i = 0; i < 4; i++) {
            message.writeObject(null);
        }
        message.reset();
        assertThatThrownBy(message::readInt).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(message::readDouble).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(message::readChar).isInstanceOf(NullPointerException.class);
        assertThat(message.readBoolean()).isFalse();
        assertThat(message.readString()).isNull();
        assertThat(message.readBytes(new byte[2])).isEqualTo(-1);
        assertThat(message.readObject()).isNull();
    }

    @Test
    void byteArraysAreReadInPartsAndBlockOtherReadsUntilDone() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        message.writeBytes(new byte[] {1, 2, 3, 4, 5});
        message.writeBytes(new byte[] {6, 7});
        message.writeBytes(new byte[] {0, 8, 9, 0}, 1, 2);
        message.writeInt(10);
        message.reset();

        byte[] buffer = new byte[2];
        assertThat(message.readBytes(buffer)).isEqualTo(2);
        assertThat(buffer).containsExactly(1, 2);
        assertThatThrownBy(message::readInt).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("partly read");
        assertThat(message.readBytes(buffer)).isEqualTo(2);
        assertThat(buffer).containsExactly(3, 4);
        assertThat(message.readBytes(buffer)).isEqualTo(1);
        assertThat(buffer[0]).isEqualTo((byte) 5);

        // a value exactly the buffer's size needs one more call, which returns -1
        assertThat(message.readBytes(buffer)).isEqualTo(2);
        assertThat(buffer).containsExactly(6, 7);
        assertThat(message.readBytes(buffer)).isEqualTo(-1);

        assertThat((byte[]) message.readObject()).containsExactly(8, 9);
        assertThat(message.readInt()).isEqualTo(10);
    }

    @Test
    void bodyStatesFollowTheSpecification() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        message.writeInt(1);
        assertThatThrownBy(message::readInt).isInstanceOf(MessageNotReadableException.class);
        message.makeReadOnly();
        assertThatThrownBy(() -> message.writeInt(2)).isInstanceOf(MessageNotWriteableException.class);
        assertThat(message.readInt()).isEqualTo(1);
        message.clearBody();
        message.writeInt(3);
        message.reset();
        assertThat(message.readInt()).isEqualTo(3);
    }

    @Test
    void writeObjectCopiesArraysAndRefusesOtherTypes() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        byte[] bytes = {1};
        message.writeObject(bytes);
        bytes[0] = 2;
        assertThatThrownBy(() -> message.writeObject(List.of())).isInstanceOf(MessageFormatException.class);
        message.reset();
        assertThat((byte[]) message.readObject()).containsExactly(1);
    }

    @Test
    void readObjectReturnsACopyOfByteArrays() throws JMSException {
        MailslotStreamMessage message = new MailslotStreamMessage();
        message.writeBytes(new byte[] {4});
        message.reset();
        ((byte[]) message.readObject())[0] = 9;
        message.reset();
        assertThat((byte[]) message.readObject()).containsExactly(4);
    }
}
