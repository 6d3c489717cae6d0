package org.mailslot.bridge.udp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Locale;

/** The bridge's UDP address cannot be bound; the message is one line telling the operator what to do. */
public final class ListenException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final int FIRST_UNPRIVILEGED_PORT = 1024;

    private ListenException(String message, BindException cause) {
        super(message, cause);
    }

    static ListenException of(InetSocketAddress listen, BindException cause) {
        String where = listen.getAddress().getHostAddress() + ":" + listen.getPort();
        String detail = String.valueOf(cause.getCause() != null ? cause.getCause().getMessage() : cause.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        String advice;
        if (listen.getPort() < FIRST_UNPRIVILEGED_PORT && lower.contains("permission")) {
            advice = "port " + listen.getPort() + " needs privilege: use --listen ADDR:PORT with a port above 1023"
                    + " (every mailslot peer must use the same port), or grant CAP_NET_BIND_SERVICE"
                    + " (setcap cap_net_bind_service=+ep on the java binary) or run as root";
        } else if (lower.contains("assign")) {
            advice = "that address is not on this machine; use --listen with one of its addresses or 0.0.0.0";
        } else {
            advice = "another program holds the port without sharing it; stop it or use --listen ADDR:PORT with"
                    + " another port";
        }
        return new ListenException("cannot listen on UDP " + where + " (" + detail + "): " + advice, cause);
    }
}
