package org.mailslot.jms.client;

import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotTextMessage;

/**
 * What a queued message counts against its queue's byte quota: an estimate of its heap size, cheap to compute.
 * Exactness does not matter; bounding memory does.
 */
final class MessageSizes {

    private static final int OVERHEAD = 256;
    private static final int PER_PROPERTY = 64;

    private MessageSizes() {
    }

    static int estimate(MailslotMessage message) {
        int size = OVERHEAD + PER_PROPERTY * message.properties().size();
        if (message instanceof MailslotTextMessage text && text.getText() != null) {
            size += 2 * text.getText().length();
        } else if (message instanceof MailslotBytesMessage bytes) {
            byte[] body = bytes.bodyBytes();
            size += body == null ? 0 : body.length;
        }
        return size;
    }
}
