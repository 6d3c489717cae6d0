package org.mailslot.jms.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §3.8.1: message selection over headers and properties. */
class MessageSelectorTest {

    private static Message message(Map<String, Object> properties) throws JMSException {
        Message message = mock(Message.class);
        when(message.getObjectProperty(anyString())).thenAnswer(call -> properties.get(call.<String>getArgument(0)));
        when(message.getJMSDeliveryMode()).thenReturn(DeliveryMode.NON_PERSISTENT);
        when(message.getJMSPriority()).thenReturn(7);
        when(message.getJMSType()).thenReturn("order");
        when(message.getJMSCorrelationID()).thenReturn(null);
        return message;
    }

    @Test
    void nullAndBlankSelectEverything() throws Exception {
        assertThat(MessageSelector.parse(null).selectsAll()).isTrue();
        assertThat(MessageSelector.parse("  ").matches(message(Map.of()))).isTrue();
    }

    @Test
    void comparesStringIntegerBooleanAndDoubleProperties() throws Exception {
        Message m = message(Map.of("color", "red", "size", 12, "urgent", true, "weight", 2.5));
        assertThat(MessageSelector.parse("color = 'red' AND size > 10").matches(m)).isTrue();
        assertThat(MessageSelector.parse("color <> 'red'").matches(m)).isFalse();
        assertThat(MessageSelector.parse("urgent").matches(m)).isTrue();
        assertThat(MessageSelector.parse("weight BETWEEN 2 AND 3").matches(m)).isTrue();
        assertThat(MessageSelector.parse("color IN ('blue', 'red')").matches(m)).isTrue();
        assertThat(MessageSelector.parse("color LIKE 'r_d'").matches(m)).isTrue();
    }

    @Test
    void selectsOnHeaders() throws Exception {
        Message m = message(Map.of());
        assertThat(MessageSelector.parse("JMSPriority > 5 AND JMSType = 'order'").matches(m)).isTrue();
        assertThat(MessageSelector.parse("JMSDeliveryMode = 'NON_PERSISTENT'").matches(m)).isTrue();
        assertThat(MessageSelector.parse("JMSDeliveryMode = 'PERSISTENT'").matches(m)).isFalse();
    }

    @Test
    void unknownValuesDoNotSelect() throws Exception {
        Message m = message(Map.of("size", 12));
        assertThat(MessageSelector.parse("missing = 'x'").matches(m)).isFalse();
        assertThat(MessageSelector.parse("missing IS NULL").matches(m)).isTrue();
        assertThat(MessageSelector.parse("JMSCorrelationID IS NULL").matches(m)).isTrue();
        assertThat(MessageSelector.parse("NOT (missing = 'x')").matches(m)).isFalse();
    }

    @Test
    void badSyntaxIsAnInvalidSelectorExceptionThatQuotesTheSelector() {
        assertThatThrownBy(() -> MessageSelector.parse("color = = 'red'"))
                .isInstanceOf(InvalidSelectorException.class)
                .hasMessageContaining("color = = 'red'")
                .hasMessageContaining("§3.8.1")
                .hasCauseInstanceOf(Exception.class);
        assertThatThrownBy(() -> MessageSelector.parse("size >"))
                .isInstanceOf(InvalidSelectorException.class);
    }
}
