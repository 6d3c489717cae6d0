package org.mailslot.net;

import java.net.BindException;
import java.net.InetSocketAddress;

/** Turns a failed bind into an exception that tells the operator what to change. */
final class BindFailures {

    /** Ports below this one need privilege on Linux unless {@code net.ipv4.ip_unprivileged_port_start} says so. */
    static final int FIRST_UNPRIVILEGED_PORT = 1024;

    private BindFailures() {
    }

    /**
     * Explains a bind failure of {@code address}; the original exception is kept as the cause.
     *
     * @param address the address that could not be bound
     * @param cause   what the JDK reported
     * @return the exception to throw
     */
    static BindException explain(InetSocketAddress address, BindException cause) {
        String where = address.getAddress().getHostAddress() + ":" + address.getPort();
        String detail = String.valueOf(cause.getMessage());
        String advice;
        if (address.getPort() > 0 && address.getPort() < FIRST_UNPRIVILEGED_PORT
                && detail.toLowerCase(java.util.Locale.ROOT).contains("permission")) {
            advice = "UDP port " + address.getPort() + " is privileged: run as root, grant the JVM CAP_NET_BIND_SERVICE"
                    + " (setcap cap_net_bind_service=+ep <java binary>), or choose another port with the 'port' setting"
                    + " (every host that talks to this one must use the same port)";
        } else if (detail.toLowerCase(java.util.Locale.ROOT).contains("in use")) {
            advice = "another socket holds this address without SO_REUSEADDR; stop it or choose another 'port' or"
                    + " 'bindAddress' setting";
        } else if (detail.toLowerCase(java.util.Locale.ROOT).contains("assign")) {
            advice = "the address is not configured on any interface of this machine; set 'bindAddress' to one that is";
        } else {
            advice = "check the 'bindAddress' and 'port' settings";
        }
        BindException explained = new BindException("cannot bind UDP " + where + " (" + detail + "): " + advice);
        explained.initCause(cause);
        return explained;
    }
}
