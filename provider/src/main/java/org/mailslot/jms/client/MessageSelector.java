package org.mailslot.jms.client;

import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.selector.filter.BooleanExpression;
import org.apache.activemq.artemis.selector.filter.FilterException;
import org.apache.activemq.artemis.selector.filter.Filterable;
import org.apache.activemq.artemis.selector.impl.SelectorParser;

/**
 * A JMS message selector (Jakarta Messaging 3.1 §3.8.1), parsed once by Artemis's selector parser and evaluated
 * against any {@link Message}. A message matches when the expression is {@code true}; {@code false} and
 * {@code unknown} (null operands, failed conversions) do not match.
 */
public final class MessageSelector {

    private static final MessageSelector MATCH_ALL = new MessageSelector("", null);

    private final String text;
    private final BooleanExpression expression;

    private MessageSelector(String text, BooleanExpression expression) {
        this.text = text;
        this.expression = expression;
    }

    /**
     * Parses a selector. {@code null} or blank selects every message, as the specification says.
     *
     * @throws InvalidSelectorException if the syntax is not that of a JMS selector
     */
    public static MessageSelector parse(String selector) throws InvalidSelectorException {
        if (selector == null || selector.isBlank()) {
            return MATCH_ALL;
        }
        try {
            return new MessageSelector(selector, SelectorParser.parse(selector));
        } catch (FilterException | RuntimeException e) {
            InvalidSelectorException error = new InvalidSelectorException(
                    "Invalid message selector \"" + selector + "\": " + rootMessage(e)
                            + ". Use the SQL-92 subset of Jakarta Messaging 3.1 §3.8.1 over headers and properties.");
            error.initCause(e);
            error.setLinkedException(e);
            throw error;
        }
    }

    /** The selector text as given, or the empty string when every message is selected. */
    public String text() {
        return text;
    }

    /** True when this selector selects every message. */
    public boolean selectsAll() {
        return expression == null;
    }

    /** Whether the message is selected. Evaluation errors count as "unknown", which does not select. */
    public boolean matches(Message message) {
        if (expression == null) {
            return true;
        }
        try {
            return expression.matches(new MessageView(message));
        } catch (FilterException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return expression == null ? "MessageSelector[all]" : "MessageSelector[" + text + "]";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.replace('\n', ' ').strip();
    }

    /** Exposes the headers a selector may name (§3.8.1.1) and the message properties to the parser. */
    private record MessageView(Message message) implements Filterable {

        @Override
        public Object getProperty(SimpleString name) {
            try {
                return lookup(name.toString());
            } catch (JMSException e) {
                return null;
            }
        }

        private Object lookup(String name) throws JMSException {
            return switch (name) {
                case "JMSDeliveryMode" ->
                        message.getJMSDeliveryMode() == DeliveryMode.PERSISTENT ? "PERSISTENT" : "NON_PERSISTENT";
                case "JMSPriority" -> message.getJMSPriority();
                case "JMSMessageID" -> message.getJMSMessageID();
                case "JMSTimestamp" -> message.getJMSTimestamp();
                case "JMSCorrelationID" -> message.getJMSCorrelationID();
                case "JMSType" -> message.getJMSType();
                default -> message.getObjectProperty(name);
            };
        }

        @Override
        public <T> T getBodyAs(Class<T> type) {
            return null;
        }

        @Override
        public Object getLocalConnectionId() {
            return null;
        }
    }
}
