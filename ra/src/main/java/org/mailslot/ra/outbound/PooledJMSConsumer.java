package org.mailslot.ra.outbound;

import static org.mailslot.ra.outbound.PooledJMSContext.call;
import static org.mailslot.ra.outbound.PooledJMSContext.run;

import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;

/** A pooled context's consumer over a classic consumer of its session; message listeners are refused (§12.2). */
final class PooledJMSConsumer implements JMSConsumer {

    private final MessageConsumer consumer;

    PooledJMSConsumer(MessageConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public String getMessageSelector() {
        return call(consumer::getMessageSelector);
    }

    @Override
    public MessageListener getMessageListener() {
        throw listenerRefused();
    }

    @Override
    public void setMessageListener(MessageListener listener) {
        throw listenerRefused();
    }

    private static IllegalStateRuntimeException listenerRefused() {
        return new IllegalStateRuntimeException("Message listeners are not allowed on a JMSConsumer in an"
                + " application server (Jakarta Messaging 3.1, section 12.2); use a message-driven bean");
    }

    @Override
    public Message receive() {
        return call(consumer::receive);
    }

    @Override
    public Message receive(long timeout) {
        return call(() -> consumer.receive(timeout));
    }

    @Override
    public Message receiveNoWait() {
        return call(consumer::receiveNoWait);
    }

    @Override
    public void close() {
        run(consumer::close);
    }

    @Override
    public <T> T receiveBody(Class<T> c) {
        return bodyOf(receive(), c);
    }

    @Override
    public <T> T receiveBody(Class<T> c, long timeout) {
        return bodyOf(receive(timeout), c);
    }

    @Override
    public <T> T receiveBodyNoWait(Class<T> c) {
        return bodyOf(receiveNoWait(), c);
    }

    private static <T> T bodyOf(Message message, Class<T> c) {
        return message == null ? null : call(() -> message.getBody(c));
    }
}
