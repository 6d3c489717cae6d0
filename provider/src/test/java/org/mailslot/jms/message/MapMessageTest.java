package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §3.11.4 and the MapMessage Javadoc: named values with the conversion table. */
class MapMessageTest {

    @Test
    void everyTypeRoundTrips() throws JMSException {
        MailslotMapMessage message = new MailslotMapMessage();
        message.setBoolean("bool", true);
        message.setByte("byte", (byte) 1);
        message.setShort("short", (short) 2);
        message.setChar("char", 'c');
        message.setInt("int", 3);
        message.setLong("long", 4L);
        message.setFloat("float", 5f);
        message.setDouble("double", 6d);
        message.setString("string", "seven");
        message.setBytes("bytes", new byte[] {8});
        message.setBytes("part", new byte[] {0, 9, 10, 0}, 1, 2);
        message.setObject("object", 11L);

        assertThat(message.getBoolean("bool")).isTrue();
        assertThat(message.getByte("byte")).isEqualTo((byte) 1);
        assertThat(message.getShort("short")).isEqualTo((short) 2);
        assertThat(message.getChar("char")).isEqualTo('c');
        assertThat(message.getInt("int")).isEqualTo(3);
        assertThat(message.getLong("long")).isEqualTo(4L);
        assertThat(message.getFloat("float")).isEqualTo(5f);
        assertThat(message.getDouble("double")).isEqualTo(6d);
        assertThat(message.getString("string")).isEqualTo("seven");
        assertThat(message.getBytes("bytes")).containsExactly(8);
        assertThat(message.getBytes("part")).containsExactly(9, 10);
        assertThat(message.getObject("object")).isEqualTo(11L);
        assertThat(Collections.list(message.getMapNames())).hasSize(12).startsWith("bool", "byte");
        assertThat(message.itemExists("int")).isTrue();
        assertThat(message.itemExists("none")).isFalse();
    }

    @Test
    void conversionsAndMissingValues() throws JMSException {
        MailslotMapMessage message = new MailslotMapMessage();
        message.setShort("s", (short) 5);
        message.setChar("c", 'x');
        message.setBytes("b", new byte[] {1});
        assertThat(message.getLong("s")).isEqualTo(5L);
        assertThat(message.getString("c")).isEqualTo("x");
        assertThatThrownBy(() -> message.getByte("s")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.getString("b")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.getBytes("s")).isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.getInt("c")).isInstanceOf(MessageFormatException.class);

        assertThat(message.getBoolean("none")).isFalse();
        assertThat(message.getString("none")).isNull();
        assertThat(message.getBytes("none")).isNull();
        assertThatThrownBy(() -> message.getInt("none")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getChar("none")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void byteArraysAreCopiedInAndOut() throws JMSException {
        MailslotMapMessage message = new MailslotMapMessage();
        byte[] value = {1, 2};
        message.setBytes("b", value);
        value[0] = 7;
        message.getBytes("b")[1] = 7;
        ((byte[]) message.getObject("b"))[1] = 7;
        assertThat(message.getBytes("b")).containsExactly(1, 2);
    }

    @Test
    void namesMustBeNonEmptyAndObjectsOfValueTypes() {
        MailslotMapMessage message = new MailslotMapMessage();
        assertThatThrownBy(() -> message.setInt(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.setInt("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.setObject("x", List.of())).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void receivedMapIsReadOnlyButReadable() throws JMSException {
        MailslotMapMessage message = new MailslotMapMessage();
        message.setInt("a", 1);
        message.makeReadOnly();
        assertThat(message.getInt("a")).isEqualTo(1);
        assertThatThrownBy(() -> message.setInt("b", 2)).isInstanceOf(MessageNotWriteableException.class);
        message.clearBody();
        assertThat(message.itemExists("a")).isFalse();
        message.setInt("b", 2);
        assertThat(message.getInt("b")).isEqualTo(2);
    }
}
