package org.mailslot.bridge.egress;

import java.io.IOException;
import java.time.Duration;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.mailslot.bridge.artemis.Backoff;
import org.mailslot.bridge.artemis.BrokerConnector;
import org.mailslot.bridge.artemis.BrokerEndpoint;
import org.mailslot.bridge.artemis.StopSignal;
import org.mailslot.bridge.mapping.EgressDecision;
import org.mailslot.bridge.mapping.EgressMapper;
import org.mailslot.bridge.mapping.EgressRejection;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.BrokerLinks;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.slot.BadNetPathException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the egress address and sends each message as a datagram. A message that cannot be sent (no or bad
 * target, too large, unsupported body, a computer name that does not resolve, a send that fails) is copied to the
 * dead-letter address with {@link MailslotProperties#REJECT_REASON} and {@link MailslotProperties#REJECT_DETAIL}
 * and counted. A message is acknowledged once it was sent or dead-lettered, so one bad message never stops the
 * ones behind it; one whose dead letter the broker did not take stays unacknowledged and comes back.
 */
public final class EgressLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EgressLoop.class);

    private static final long POLL_MS = 100;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final BrokerEndpoint endpoint;
    private final BrokerConnector connector;
    private final String egressAddress;
    private final String deadLetterAddress;
    private final EgressMapper mapper;
    private final EgressBody body;
    private final DatagramSender sender;
    private final BridgeCounters counters;
    private final BrokerLinks.Link connectionState;
    private final Backoff backoff;
    private final StopSignal closing = new StopSignal();
    private final Thread thread;
    // The current connection's dead-letter producer; only the delivery thread of that connection uses it.
    private volatile ClientProducer deadLetters;

    private EgressLoop(BrokerEndpoint endpoint, BrokerConnector connector, String egressAddress,
                       String deadLetterAddress, EgressMapper mapper, PayloadFormat payload, DatagramSender sender,
                       BridgeCounters counters, Backoff backoff) {
        this.endpoint = endpoint;
        this.connector = connector;
        this.egressAddress = egressAddress;
        this.deadLetterAddress = deadLetterAddress;
        this.mapper = mapper;
        this.body = new EgressBody(payload);
        this.sender = sender;
        this.counters = counters;
        this.connectionState = counters.egressLinks().add();
        this.backoff = backoff;
        this.thread = new Thread(this::run, "mailslot-bridge-egress");
        this.thread.setDaemon(true);
    }

    /**
     * Starts consuming the egress address (creating its queue if missing) on a connection made in the background:
     * returns at once even when the broker is down, and reconnects after a failure.
     */
    public static EgressLoop start(BrokerEndpoint endpoint, String egressAddress, String deadLetterAddress,
                                   EgressMapper mapper, PayloadFormat payload, DatagramSender sender,
                                   BridgeCounters counters, Backoff backoff) throws Exception {
        EgressLoop loop = new EgressLoop(endpoint, BrokerConnector.create(endpoint, false), egressAddress,
                deadLetterAddress, mapper, payload, sender, counters, backoff);
        loop.thread.start();
        return loop;
    }

    private void run() {
        int failures = 0;
        while (!isClosing()) {
            ClientSession session;
            try {
                session = consume();
            } catch (Exception e) {
                if (isClosing()) {
                    break;
                }
                failures++;
                connectionState.state(ConnectionState.DISCONNECTED);
                if (failures == 1) {
                    LOG.warn("Egress cannot reach the broker at {}: {}; retrying with backoff", endpoint,
                            e.getMessage());
                }
                awaitClosing(backoff.delay(failures));
                continue;
            }
            failures = 0;
            connectionState.state(ConnectionState.CONNECTED);
            var connection = session.getSessionFactory().getConnection();
            LOG.info("Egress: messages sent to {} at {} (node {}) go out as mailslot datagrams; rejects go to {}",
                    egressAddress, endpoint, connection == null ? "?" : connection.getRemoteAddress(),
                    deadLetterAddress);
            while (!isClosing() && isAlive(session)) {
                awaitClosing(Duration.ofMillis(POLL_MS));
            }
            closeQuietly(session);
            if (!isClosing()) {
                connectionState.state(ConnectionState.DISCONNECTED);
                LOG.warn("Egress lost the broker at {}; reconnecting (unacknowledged messages come back)", endpoint);
            }
        }
        connectionState.state(ConnectionState.CLOSED);
    }

    private static boolean isAlive(ClientSession session) {
        var connection = session.getSessionFactory().getConnection();
        return !session.isClosed() && !session.getSessionFactory().isClosed() && connection != null
                && !connection.isDestroyed();
    }

    private ClientSession consume() throws Exception {
        ClientSession session = connector.openSession();
        try {
            SimpleString queue = SimpleString.of(egressAddress);
            if (!session.queueQuery(queue).isExists()) {
                session.createQueue(QueueConfiguration.of(queue).setAddress(queue)
                        .setRoutingType(RoutingType.ANYCAST).setDurable(true));
            }
            deadLetters = session.createProducer(deadLetterAddress);
            ClientConsumer consumer = session.createConsumer(queue);
            consumer.setMessageHandler(this::handle);
            session.start();
            return session;
        } catch (Exception e) {
            closeQuietly(session);
            throw e;
        }
    }

    private void handle(ClientMessage message) {
        EgressRejection rejection;
        try {
            rejection = sendOrReject(message);
        } catch (RuntimeException e) {
            // Whatever went wrong with this message must not stop the consumer, nor lose the message.
            counters.sendFailed();
            rejection = new EgressRejection(EgressRejection.Reason.SEND_FAILED, e.toString());
        }
        if (rejection == null || deadLetter(message, rejection)) {
            acknowledge(message);
        }
    }

    /** @return null once the datagram is sent, else why it was not */
    private EgressRejection sendOrReject(ClientMessage message) {
        EgressDecision decision;
        try {
            decision = mapper.map(message.getObjectProperty(MailslotProperties.TARGET), body.encode(message));
        } catch (EgressBody.NoDatagramForm e) {
            decision = EgressDecision.Reject.of(EgressRejection.Reason.UNSUPPORTED_BODY, e.getMessage());
        }
        if (decision instanceof EgressDecision.Reject reject) {
            return reject.rejection();
        }
        EgressDecision.Send send = (EgressDecision.Send) decision;
        try {
            sender.send(send.target(), send.body());
            counters.sent();
            return null;
        } catch (BadNetPathException e) {
            counters.sendFailed();
            return new EgressRejection(EgressRejection.Reason.UNRESOLVED_TARGET, e.getMessage());
        } catch (IOException e) {
            counters.sendFailed();
            return new EgressRejection(EgressRejection.Reason.SEND_FAILED,
                    "sending to " + send.target().name() + " failed: " + e.getMessage());
        }
    }

    /** @return whether the broker took the dead letter (only then may the original be acknowledged) */
    private boolean deadLetter(ClientMessage message, EgressRejection rejection) {
        counters.egressRejected();
        LOG.warn("Egress message {} rejected ({}): {}", message.getMessageID(), rejection.reason(),
                rejection.detail());
        org.apache.activemq.artemis.api.core.Message copy = message.copy();
        copy.putStringProperty(MailslotProperties.REJECT_REASON, rejection.reason().name());
        copy.putStringProperty(MailslotProperties.REJECT_DETAIL, rejection.detail());
        copy.setRoutingType(RoutingType.ANYCAST);
        try {
            deadLetters.send(deadLetterAddress, copy);
            return true;
        } catch (ActiveMQException e) {
            LOG.warn("Cannot dead-letter egress message {} to {}: {}; it stays on the egress queue",
                    message.getMessageID(), deadLetterAddress, e.getMessage());
            return false;
        }
    }

    private static void acknowledge(ClientMessage message) {
        try {
            message.acknowledge();
        } catch (ActiveMQException e) {
            LOG.warn("Cannot acknowledge egress message {}: {}", message.getMessageID(), e.getMessage());
        }
    }

    private boolean isClosing() {
        return closing.isSet();
    }

    private void awaitClosing(Duration delay) {
        closing.await(delay);
    }

    private static void closeQuietly(ClientSession session) {
        try {
            session.close();
        } catch (ActiveMQException e) {
            LOG.debug("Closing the egress session: {}", e.getMessage());
        }
        session.getSessionFactory().close();
    }

    /**
     * Stops consuming within a few seconds in every broker state: a message being sent finishes, an unacknowledged
     * one stays on the queue for the next consumer.
     */
    @Override
    public void close() {
        closing.set();
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connector.close();
        // Also when the thread did not stop in time: the consumer is closed with the connector.
        connectionState.state(ConnectionState.CLOSED);
    }
}
