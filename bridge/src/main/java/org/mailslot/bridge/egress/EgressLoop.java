package org.mailslot.bridge.egress;

import java.io.IOException;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.mailslot.bridge.artemis.BrokerEndpoint;
import org.mailslot.bridge.mapping.EgressDecision;
import org.mailslot.bridge.mapping.EgressMapper;
import org.mailslot.bridge.mapping.EgressRejection;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.jms.payload.PayloadFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the egress address and sends each message as a datagram. A message that cannot be sent (no or bad
 * target, too large, unsupported body) is copied to the dead-letter address with
 * {@link MailslotProperties#REJECT_REASON} and {@link MailslotProperties#REJECT_DETAIL}; a send that fails is
 * counted. Either way the message is acknowledged: datagrams are at most once, and one bad message must never
 * stop the ones behind it.
 */
public final class EgressLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EgressLoop.class);

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ClientProducer deadLetters;
    private final String deadLetterAddress;
    private final EgressMapper mapper;
    private final EgressBody body;
    private final DatagramSender sender;
    private final BridgeCounters counters;

    private EgressLoop(ServerLocator locator, ClientSessionFactory factory, ClientSession session,
                       String deadLetterAddress, EgressMapper mapper, PayloadFormat payload, DatagramSender sender,
                       BridgeCounters counters) throws ActiveMQException {
        this.locator = locator;
        this.factory = factory;
        this.session = session;
        this.deadLetters = session.createProducer(deadLetterAddress);
        this.deadLetterAddress = deadLetterAddress;
        this.mapper = mapper;
        this.body = new EgressBody(payload);
        this.sender = sender;
        this.counters = counters;
    }

    /** Creates the egress queue if missing and starts consuming it on Artemis's delivery thread. */
    public static EgressLoop start(BrokerEndpoint endpoint, String egressAddress, String deadLetterAddress,
                                   EgressMapper mapper, PayloadFormat payload, DatagramSender sender,
                                   BridgeCounters counters)
            throws Exception {
        ServerLocator locator = ActiveMQClient.createServerLocator(endpoint.url()).setReconnectAttempts(-1);
        try {
            ClientSessionFactory factory = locator.createSessionFactory();
            ClientSession session = factory.createSession(endpoint.credentials().map(c -> c.user()).orElse(null),
                    endpoint.credentials().map(c -> c.password()).orElse(null), false, true, true, false,
                    locator.getAckBatchSize());
            SimpleString queue = SimpleString.of(egressAddress);
            if (!session.queueQuery(queue).isExists()) {
                session.createQueue(QueueConfiguration.of(queue).setAddress(queue)
                        .setRoutingType(RoutingType.ANYCAST).setDurable(true));
            }
            EgressLoop loop = new EgressLoop(locator, factory, session, deadLetterAddress, mapper, payload, sender,
                    counters);
            ClientConsumer consumer = session.createConsumer(queue);
            consumer.setMessageHandler(loop::handle);
            session.start();
            LOG.info("Egress: messages sent to {} go out as mailslot datagrams; rejects go to {}", egressAddress,
                    deadLetterAddress);
            return loop;
        } catch (Exception e) {
            locator.close();
            throw e;
        }
    }

    private void handle(ClientMessage message) {
        try {
            EgressDecision decision;
            try {
                decision = mapper.map(message.getObjectProperty(MailslotProperties.TARGET), body.encode(message));
            } catch (EgressBody.NoDatagramForm e) {
                decision = EgressDecision.Reject.of(EgressRejection.Reason.UNSUPPORTED_BODY, e.getMessage());
            }
            if (decision instanceof EgressDecision.Send send) {
                send(send);
            } else if (decision instanceof EgressDecision.Reject reject) {
                deadLetter(message, reject.rejection());
            }
        } catch (RuntimeException e) {
            // Whatever went wrong with this message must not stop the consumer.
            counters.sendFailed();
            LOG.warn("Egress message {} failed: {}", message.getMessageID(), e.toString());
        } finally {
            acknowledge(message);
        }
    }

    private void send(EgressDecision.Send send) {
        try {
            sender.send(send.target(), send.body());
            counters.sent();
        } catch (IOException e) {
            counters.sendFailed();
            LOG.warn("Cannot send to {}: {}", send.target().name(), e.getMessage());
        }
    }

    private void deadLetter(ClientMessage message, EgressRejection rejection) {
        counters.egressRejected();
        LOG.warn("Egress message {} rejected ({}): {}", message.getMessageID(), rejection.reason(),
                rejection.detail());
        org.apache.activemq.artemis.api.core.Message copy = message.copy();
        copy.putStringProperty(MailslotProperties.REJECT_REASON, rejection.reason().name());
        copy.putStringProperty(MailslotProperties.REJECT_DETAIL, rejection.detail());
        copy.setRoutingType(RoutingType.ANYCAST);
        try {
            deadLetters.send(deadLetterAddress, copy);
        } catch (ActiveMQException e) {
            LOG.warn("Cannot dead-letter egress message {} to {}: {}", message.getMessageID(), deadLetterAddress,
                    e.getMessage());
        }
    }

    private static void acknowledge(ClientMessage message) {
        try {
            message.acknowledge();
        } catch (ActiveMQException e) {
            LOG.warn("Cannot acknowledge egress message {}: {}", message.getMessageID(), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (ActiveMQException e) {
            LOG.debug("Closing the egress session: {}", e.getMessage());
        }
        factory.close();
        locator.close();
    }
}
