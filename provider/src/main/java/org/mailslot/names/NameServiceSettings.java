package org.mailslot.names;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.mailslot.net.EndpointSettings;
import org.mailslot.wire.NodeType;

/**
 * How a {@link NameService} listens and what it owns.
 *
 * @param endpoint      where to bind (port 137 on real networks) and broadcast
 * @param names         the names to register at start, answer for and release at close
 * @param nodeType      our node type: how we register and query ({@link NodeProcedures}), and the ONT of our NB
 *                      records; P, M and H need {@code wins}
 * @param retryInterval BCAST_REQ_RETRY_TIMEOUT, how long to wait for answers to each broadcast (RFC 1002: 250 ms)
 * @param retries       BCAST_REQ_RETRY_COUNT, how often a broadcast request is sent (RFC 1002: 3)
 * @param answerTtl     the TTL, in seconds, our positive query answers carry (what askers may cache)
 * @param peerPort      the port other nodes' name services listen on, where broadcasts go; 0 for the port we bind
 *                      (a query-only client binds any free port and asks port 137)
 * @param wins          the WINS server of a P, M or H node; {@code null} for a B node
 */
public record NameServiceSettings(EndpointSettings endpoint, List<OwnedName> names, NodeType nodeType,
        Duration retryInterval, int retries, long answerTtl, int peerPort, WinsSettings wins) {

    /** The name-service port of real networks. */
    public static final int NAME_SERVICE_PORT = 137;
    /** RFC 1002's BCAST_REQ_RETRY_TIMEOUT. */
    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofMillis(250);
    /** RFC 1002's BCAST_REQ_RETRY_COUNT. */
    public static final int DEFAULT_RETRIES = 3;
    /** The TTL of our answers: three days, as nmbd answers. */
    public static final long DEFAULT_ANSWER_TTL = 259_200;

    /** Validates the values. */
    public NameServiceSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        names = List.copyOf(names);
        Objects.requireNonNull(nodeType, "nodeType");
        if (retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("retryInterval must be positive, got " + retryInterval);
        }
        if (retries < 1) {
            throw new IllegalArgumentException("retries must be at least 1, got " + retries);
        }
        if (peerPort < 0 || peerPort > 65535) {
            throw new IllegalArgumentException("peerPort must be 0..65535, got " + peerPort);
        }
        if (answerTtl < 0 || answerTtl > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("answerTtl must be 0..2^32-1 seconds, got " + answerTtl);
        }
        if (nodeType != NodeType.B && wins == null) {
            throw new IllegalArgumentException("node type " + nodeType + " needs a WINS server");
        }
        if (nodeType == NodeType.B && wins != null) {
            throw new IllegalArgumentException("node type B never asks the WINS server " + wins.serverText()
                    + "; choose P, M or H");
        }
    }

    /** A B node's settings: broadcast only. */
    public NameServiceSettings(EndpointSettings endpoint, List<OwnedName> names, Duration retryInterval, int retries,
            long answerTtl, int peerPort) {
        this(endpoint, names, NodeType.B, retryInterval, retries, answerTtl, peerPort, null);
    }
}
