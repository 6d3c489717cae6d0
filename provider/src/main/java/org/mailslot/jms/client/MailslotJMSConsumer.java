package org.mailslot.jms.client;

import static org.mailslot.jms.client.RuntimeExceptions.unchecked;
import static org.mailslot.jms.client.RuntimeExceptions.uncheckedRun;

import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** The simplified API's consumer (Jakarta Messaging 3.1 §8), over a classic consumer of the context's session. */
final class MailslotJMSConsumer implements JMSConsumer {

    private final MailslotMessageConsumer consumer;

    MailslotJMSConsumer(MailslotMessageConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public String getMessageSelector() {
        return unchecked(consumer::getMessageSelector);
    }

    @Override
    public MessageListener getMessageListener() {
        return unchecked(consumer::getMessageListener);
    }

    @Override
    public void setMessageListener(MessageListener listener) {
        uncheckedRun(() -> consumer.setMessageListener(listener));
    }

    @Override
    public Message receive() {
        return unchecked(consumer::receive);
    }

    @Override
    public Message receive(long timeout) {
        return unchecked(() -> consumer.receive(timeout));
    }

    @Override
    public Message receiveNoWait() {
        return unchecked(consumer::receiveNoWait);
    }

    @Override
    public void close() {
        uncheckedRun(consumer::close);
    }

    @Override
    public <T> T receiveBody(Class<T> c) {
        return unchecked(() -> consumer.receiveBody(c, 0));
    }

    @Override
    public <T> T receiveBody(Class<T> c, long timeout) {
        return unchecked(() -> consumer.receiveBody(c, Math.max(0, timeout)));
    }

    @Override
    public <T> T receiveBodyNoWait(Class<T> c) {
        return unchecked(() -> consumer.receiveBody(c, -1));
    }
}
