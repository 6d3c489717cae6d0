package org.mailslot.names;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a P, M or H node finds its WINS server (its NetBIOS name server, RFC 1001 §15) and how it talks to it.
 *
 * @param server        the WINS server's address and name-service port (137 on real networks)
 * @param retryInterval UCAST_REQ_RETRY_TIMEOUT, how long each unicast request waits for an answer (RFC 1002 says
 *                      5 s; Windows uses 1.5 s, [MS-NBTE] §3.1.2)
 * @param retries       UCAST_REQ_RETRY_COUNT, how often a unicast request is sent before the server counts as silent
 * @param requestedTtl  the TTL, in seconds, our registrations ask for (the server grants what its policy allows)
 * @param refreshOpcode the opcode of refreshes: 8, as nmbd and Windows send, or the alternative 9
 * @param maxWackWait   the longest a "wait for acknowledgement" may hold a request, whatever TTL it says
 */
public record WinsSettings(InetSocketAddress server, Duration retryInterval, int retries, long requestedTtl,
        int refreshOpcode, Duration maxWackWait) {

    /** Windows' UCAST_REQ_RETRY_TIMEOUT ([MS-NBTE] §3.1.2). */
    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofMillis(1500);
    /** RFC 1002's UCAST_REQ_RETRY_COUNT. */
    public static final int DEFAULT_RETRIES = 3;
    /** Three days, what nmbd asks for. */
    public static final long DEFAULT_REQUESTED_TTL = 259_200;
    /** nmbd's WACK says 60 s; twice that is the most we wait. */
    public static final Duration DEFAULT_MAX_WACK_WAIT = Duration.ofMinutes(2);

    /** Validates the values. */
    public WinsSettings {
        Objects.requireNonNull(server, "server");
        if (server.isUnresolved() || !(server.getAddress() instanceof java.net.Inet4Address)) {
            throw new IllegalArgumentException("WINS server " + server + " is not an IPv4 address");
        }
        if (server.getPort() < 1) {
            throw new IllegalArgumentException("WINS server port must be 1..65535, got " + server.getPort());
        }
        if (retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("WINS retryInterval must be positive, got " + retryInterval);
        }
        if (retries < 1) {
            throw new IllegalArgumentException("WINS retries must be at least 1, got " + retries);
        }
        if (requestedTtl < 1 || requestedTtl > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("WINS requestedTtl must be 1..2^32-1 seconds, got " + requestedTtl);
        }
        if (refreshOpcode != NameServicePacket.OPCODE_REFRESH
                && refreshOpcode != NameServicePacket.OPCODE_REFRESH_ALTERNATIVE) {
            throw new IllegalArgumentException("WINS refresh opcode must be 8 or 9, got " + refreshOpcode);
        }
        if (maxWackWait.isNegative()) {
            throw new IllegalArgumentException("WINS maxWackWait must not be negative, got " + maxWackWait);
        }
    }

    /** @return the defaults for a server at {@code server} */
    public static WinsSettings of(InetSocketAddress server) {
        return new WinsSettings(server, DEFAULT_RETRY_INTERVAL, DEFAULT_RETRIES, DEFAULT_REQUESTED_TTL,
                NameServicePacket.OPCODE_REFRESH, DEFAULT_MAX_WACK_WAIT);
    }

    /** @return these settings with another wait per request and count of tries */
    public WinsSettings withRetries(Duration interval, int count) {
        return new WinsSettings(server, interval, count, requestedTtl, refreshOpcode, maxWackWait);
    }

    /** @return the server as {@code address:port}, for messages */
    public String serverText() {
        return server.getAddress().getHostAddress() + ":" + server.getPort();
    }
}
