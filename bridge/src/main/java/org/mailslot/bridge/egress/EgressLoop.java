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
