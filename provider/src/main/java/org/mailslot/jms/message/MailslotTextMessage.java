package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

/** A message whose body is one String (possibly null). The body is readable at any time, writeable until receipt. */
public class MailslotTextMessage extends MailslotMessage implements TextMessage {

    private String text;

    /** An empty text message (null text). */
    public MailslotTextMessage() {
    }

    /** A text message holding {@code text}. */
    public MailslotTextMessage(String text) {
        this.text = text;
    }

    @Override
    public void setText(String text) throws JMSException {
        checkBodyWriteable();
        this.text = text;
    }

    @Override
    public String getText() {
        return text;
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        return bodyAs(text, c, "String");
    }

    @Override
    public boolean isBodyAssignableTo(@SuppressWarnings("rawtypes") Class c) {
        return c != null && (text == null || ((Class<?>) c).isAssignableFrom(String.class));
    }

    @Override
    protected MailslotMessage newEmpty() {
        return new MailslotTextMessage();
    }

    @Override
    protected void copyBodyTo(MailslotMessage target) {
        ((MailslotTextMessage) target).text = text;
    }

    @Override
    protected void onClearBody() {
        text = null;
    }
}
