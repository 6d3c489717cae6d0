package org.mailslot.itests.frameworks;

import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * Two networked factories, computers {@code first} and {@code second} of one workgroup, on 127.0.0.{@code a} and
 * 127.0.0.{@code b} sharing a free port, as real hosts share port 138. Nothing leaves 127.0.0.0/8.
 */
final class LoopbackPair implements AutoCloseable {

    final String firstName;
    final String secondName;
    final MailslotConnectionFactory first;
    final MailslotConnectionFactory second;

    LoopbackPair(String firstName, int a, String secondName, int b) {
        this.firstName = firstName;
        this.secondName = secondName;
        int port = LoopbackHosts.freePort();
        String names = "names=" + firstName + "=127.0.0." + a + "," + secondName + "=127.0.0." + b;
        this.first = new MailslotConnectionFactory(uri(firstName, a, port, names));
        this.second = new MailslotConnectionFactory(uri(secondName, b, port, names));
    }

    private static String uri(String computerName, int last, int port, String names) {
        return "mailslot://127.0.0." + last + ":" + port + "?computerName=" + computerName
                + "&broadcast=127.255.255.255&nameLookup=none&" + names;
    }

    /** A queue on the second computer, as the first one addresses it. */
    String onSecond(String slot) {
        return "\\\\" + secondName + "\\mailslot\\" + slot;
    }

    /** A queue on the first computer, as the second one addresses it. */
    String onFirst(String slot) {
        return "\\\\" + firstName + "\\mailslot\\" + slot;
    }

    @Override
    public void close() {
        first.close();
        second.close();
    }
}
