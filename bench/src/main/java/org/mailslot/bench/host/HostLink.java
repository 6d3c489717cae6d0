package org.mailslot.bench.host;

import java.io.IOException;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotClosedException;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotWriter;
import org.mailslot.slot.ReceivedMessage;

/** Our path: a writer on one host sends unique datagrams to a slot on another host, read by its owner. */
final class HostLink implements Link {

    private final MailslotWriter writer;
    private final Mailslot slot;

    HostLink(MailslotHost from, MailslotHost to, String slotName) throws IOException {
        this.slot = to.createMailslot("\\\\.\\mailslot\\" + slotName, 0, Mailslot.WAIT_FOREVER);
        this.writer = from.openWriter("\\\\" + to.computerName() + "\\mailslot\\" + slotName);
    }

    @Override
    public void send(byte[] message) throws IOException {
        writer.write(message);
    }

    @Override
    public boolean receive(byte[] into) throws InterruptedException {
        try {
            ReceivedMessage message = slot.read();
            System.arraycopy(message.data(), 0, into, 0, Math.min(into.length, message.data().length));
            return true;
        } catch (MailslotClosedException closed) {
            return false;
        }
    }

    @Override
    public void closeReceiver() {
        slot.close();
    }

    @Override
    public void close() {
        writer.close();
        slot.close();
    }
}
