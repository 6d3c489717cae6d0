package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Jakarta Messaging 3.1 §3.5: property names, types, the conversion table and the read-only state. */
class MessagePropertiesTest {

    private static final List<String> READ_AS = List.of("boolean", "byte", "short", "int", "long", "float",
            "double", "String");

    /** Which reads the §3.5.4 table allows for each stored type (String allows all, when the text parses). */
    private static final Map<Object, List<String>> ALLOWED = Map.of(
            true, List.of("boolean", "String"),
            (byte) 1, List.of("byte", "short", "int", "long", "String"),
            (short) 1, List.of("short", "int", "long", "String"),
            1, List.of("int", "long", "String"),
            1L, List.of("long", "String"),
            1.0f, List.of("float", "double", "String"),
            1.0d, List.of("double", "String"));

    @ParameterizedTest
    @ValueSource(strings = {"1abc", "a-b", "a b", "NULL", "true", "Not", "and", "OR", "BETWEEN", "like", "In",
            "is", "escape", "JMSFoo", "JMSXFoo", "JMSCorrelationID"})
    void invalidNamesAreRefusedWithIllegalArgumentException(String name) {
        MailslotMessage message = new MailslotMessage();
        assertThatThrownBy(() -> message.setStringProperty(name, "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
    }

    @Test
    void nullAndEmptyNamesAreRefused() {
        MailslotMessage message = new MailslotMessage();
        assertThatThrownBy(() -> message.setIntProperty(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> message.setIntProperty("", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orderId", "_x", "$y", "a1", "JMS_vendor", "JMSXGroupID", "nullable", "andromeda",
            "äöü"})
    void validNamesAreAccepted(String name) throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.setStringProperty(name, "v");
        assertThat(message.getStringProperty(name)).isEqualTo("v");
        assertThat(message.propertyExists(name)).isTrue();
    }

    @Test
    void jmsxGroupPropertiesAreSettableWithTheirTypesOnly() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.setStringProperty("JMSXGroupID", "g1");
        message.setIntProperty("JMSXGroupSeq", 2);
        assertThat(message.getStringProperty("JMSXGroupID")).isEqualTo("g1");
        assertThat(message.getIntProperty("JMSXGroupSeq")).isEqualTo(2);

        assertThatThrownBy(() -> message.setStringProperty("JMSXGroupSeq", "2"))
                .isInstanceOf(MessageFormatException.class).hasMessageContaining("Integer");
        assertThatThrownBy(() -> message.setIntProperty("JMSXGroupID", 1))
                .isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.setLongProperty("JMSXDeliveryCount", 1L))
                .isInstanceOf(MessageFormatException.class);
        assertThat(PropertyNames.supportedJmsx())
                .containsExactlyInAnyOrder("JMSXDeliveryCount", "JMSXGroupID", "JMSXGroupSeq");
        message.setStringProperty("JMSXUserID", "bob");
        assertThat(message.getStringProperty("JMSXUserID")).isEqualTo("bob");
    }

    @Test
    void conversionTableOfSection354() throws JMSException {
        for (Map.Entry<Object, List<String>> row : ALLOWED.entrySet()) {
            MailslotMessage message = new MailslotMessage();
            message.setObjectProperty("p", row.getKey());
            for (String type : READ_AS) {
                if (row.getValue().contains(type)) {
                    assertThat(read(message, type)).as(row.getKey().getClass() + " as " + type).isNotNull();
                } else {
                    assertThatThrownBy(() -> read(message, type)).as(row.getKey().getClass() + " as " + type)
                            .isInstanceOf(MessageFormatException.class);
                }
            }
        }
    }

    @Test
    void widenedValuesKeepTheirValue() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.setByteProperty("b", (byte) -5);
        message.setFloatProperty("f", 1.5f);
        message.setIntProperty("i", 70000);
        assertThat(message.getLongProperty("b")).isEqualTo(-5L);
        assertThat(message.getShortProperty("b")).isEqualTo((short) -5);
        assertThat(message.getDoubleProperty("f")).isEqualTo(1.5d);
        assertThat(message.getStringProperty("i")).isEqualTo("70000");
        assertThat(message.getObjectProperty("i")).isEqualTo(70000);
    }

    @Test
    void stringsConvertThroughValueOf() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.setStringProperty("n", "42");
        message.setStringProperty("t", "TRUE");
        message.setStringProperty("x", "forty-two");
        assertThat(message.getByteProperty("n")).isEqualTo((byte) 42);
        assertThat(message.getIntProperty("n")).isEqualTo(42);
        assertThat(message.getDoubleProperty("n")).isEqualTo(42.0);
        assertThat(message.getBooleanProperty("t")).isTrue();
        assertThat(message.getBooleanProperty("x")).isFalse();
        assertThatThrownBy(() -> message.getIntProperty("x")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getFloatProperty("x")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void missingPropertiesBehaveLikeValueOfNull() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        assertThat(message.getBooleanProperty("none")).isFalse();
        assertThat(message.getStringProperty("none")).isNull();
        assertThat(message.getObjectProperty("none")).isNull();
        assertThatThrownBy(() -> message.getByteProperty("none")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getShortProperty("none")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getIntProperty("none")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getLongProperty("none")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> message.getFloatProperty("none")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> message.getDoubleProperty("none")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void setObjectPropertyAcceptsOnlyPropertyTypes() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        assertThatThrownBy(() -> message.setObjectProperty("c", 'c')).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("java.lang.Character");
        assertThatThrownBy(() -> message.setObjectProperty("b", new byte[1]))
                .isInstanceOf(MessageFormatException.class);
        assertThatThrownBy(() -> message.setObjectProperty("l", List.of()))
                .isInstanceOf(MessageFormatException.class);
        message.setObjectProperty("s", null);
        assertThat(message.propertyExists("s")).isTrue();
        assertThat(message.getStringProperty("s")).isNull();
    }

    @Test
    void receivedPropertiesAreReadOnlyUntilCleared() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.setStringProperty("a", "1");
        message.setIntProperty("b", 2);
        message.makeReadOnly();

        assertThatThrownBy(() -> message.setStringProperty("a", "2"))
                .isInstanceOf(MessageNotWriteableException.class).hasMessageContaining("clearProperties");
        assertThatThrownBy(() -> message.setObjectProperty("c", 1)).isInstanceOf(MessageNotWriteableException.class);
        assertThat(Collections.list(message.getPropertyNames())).containsExactly("a", "b");

        message.clearProperties();
        assertThat(message.getPropertyNames().hasMoreElements()).isFalse();
        assertThat(message.propertyExists("a")).isFalse();
        message.setStringProperty("a", "new");
        assertThat(message.getStringProperty("a")).isEqualTo("new");
    }

    @Test
    void clearBodyDoesNotTouchProperties() throws JMSException {
        MailslotTextMessage message = new MailslotTextMessage("x");
        message.setStringProperty("a", "1");
        message.clearBody();
        assertThat(message.getStringProperty("a")).isEqualTo("1");
        assertThat(message.getText()).isNull();
    }

    private static Object read(MailslotMessage message, String type) throws JMSException {
        return switch (type) {
            case "boolean" -> message.getBooleanProperty("p");
            case "byte" -> message.getByteProperty("p");
            case "short" -> message.getShortProperty("p");
            case "int" -> message.getIntProperty("p");
            case "long" -> message.getLongProperty("p");
            case "float" -> message.getFloatProperty("p");
            case "double" -> message.getDoubleProperty("p");
            default -> message.getStringProperty("p");
        };
    }

    @Test
    void deliveryCopiesSharePropertiesUntilOneChangesAndKeepTheirOwnDeliveryCount() throws JMSException {
        MailslotTextMessage snapshot = new MailslotTextMessage("body");
        snapshot.setStringProperty("region", "north");
        snapshot.setIntProperty("seq", 7);

        MailslotMessage first = snapshot.deliveryCopy();
        MailslotMessage second = snapshot.deliveryCopy();
        first.setDeliveryCount(1);
        second.setDeliveryCount(2);
        first.makeReadOnly();
        second.clearProperties();
        second.setStringProperty("region", "south");

        assertThat(first.getStringProperty("region")).isEqualTo("north");
        assertThat(first.getIntProperty("seq")).isEqualTo(7);
        assertThat(first.getIntProperty(PropertyNames.JMSX_DELIVERY_COUNT)).isEqualTo(1);
        assertThat(first.getJMSRedelivered()).isFalse();
        assertThat(Collections.list(first.getPropertyNames()))
                .containsExactly("region", "seq", PropertyNames.JMSX_DELIVERY_COUNT);
        assertThat(first.properties()).containsEntry(PropertyNames.JMSX_DELIVERY_COUNT, 1).hasSize(3);
        assertThat(((MailslotTextMessage) first).getText()).isEqualTo("body");
        assertThat(second.getStringProperty("region")).isEqualTo("south");
        assertThat(second.propertyExists("seq")).isFalse();
        assertThat(second.propertyExists(PropertyNames.JMSX_DELIVERY_COUNT)).isFalse();
        assertThat(snapshot.getStringProperty("region")).isEqualTo("north");
        assertThat(snapshot.propertyExists(PropertyNames.JMSX_DELIVERY_COUNT)).isFalse();
        assertThat(snapshot.properties()).hasSize(2);
    }

    @Test
    void aDeliveryCountSetByTheApplicationIsAnIntegerPropertyLikeAnyOther() throws JMSException {
        MailslotMessage message = new MailslotMessage();
        message.setIntProperty(PropertyNames.JMSX_DELIVERY_COUNT, 5);
        assertThat(message.getIntProperty(PropertyNames.JMSX_DELIVERY_COUNT)).isEqualTo(5);
        assertThat(message.getObjectProperty(PropertyNames.JMSX_DELIVERY_COUNT)).isEqualTo(5);
        assertThat(message.copy().getStringProperty(PropertyNames.JMSX_DELIVERY_COUNT)).isEqualTo("5");
        assertThatThrownBy(() -> message.setStringProperty(PropertyNames.JMSX_DELIVERY_COUNT, "5"))
                .isInstanceOf(MessageFormatException.class);
    }
}
