package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.message.MailslotMessage;

/**
 * Looks at a queue without consuming (§6.2.8): each enumeration is a snapshot, in delivery order, of the messages
 * deliverable when it was made, as read-only copies. The mailslot counterpart of GetMailslotInfo's count.
 */
final class MailslotQueueBrowser implements QueueBrowser {

    private final MailslotSession session;
    private final Queue queue;
    private final MessageSelector selector;
    private final MessageQueue source;
    private volatile boolean closed;

    MailslotQueueBrowser(MailslotSession session, Queue queue, MessageSelector selector, MessageQueue source) {
        this.session = session;
        this.queue = queue;
        this.selector = selector;
        this.source = source;
    }

    @Override
    public Queue getQueue() throws JMSException {
        checkOpen();
        return queue;
    }

    @Override
    public String getMessageSelector() throws JMSException {
        checkOpen();
        return selector.selectsAll() ? null : selector.text();
    }

    @Override
    public Enumeration<?> getEnumeration() throws JMSException {
        checkOpen();
        List<Message> snapshot = new ArrayList<>();
        for (QueuedMessage queued : source.browse(m -> selector.matches(m.message()))) {
            MailslotMessage copy = ((MailslotMessage) queued.message()).copy();
            copy.makeReadOnly();
            snapshot.add(copy);
        }
        return Collections.enumeration(snapshot);
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() throws JMSException {
        if (closed || session.isClosed()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The queue browser is closed; create a new one");
        }
    }
}
