package org.mailslot.bridge;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.mailslot.bridge.artemis.Backoff;
import org.mailslot.bridge.artemis.BrokerEndpoint;
import org.mailslot.bridge.artemis.PartitionedPublisher;
import org.mailslot.bridge.artemis.EmbeddedBroker;
import org.mailslot.bridge.artemis.EmbeddedBrokerSpec;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.BrokerTarget;
import org.mailslot.bridge.egress.DatagramSender;
import org.mailslot.bridge.egress.EgressLoop;
import org.mailslot.bridge.ingress.IngressPipeline;
import org.mailslot.bridge.ingress.IngressPolicy;
import org.mailslot.bridge.ingress.SlotAllowList;
import org.mailslot.bridge.ingress.SourceRateLimiter;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.EgressMapper;
import org.mailslot.bridge.mapping.EnvelopeBodyMapper;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.BridgeMetrics;
import org.mailslot.bridge.metrics.SummaryLine;
import org.mailslot.bridge.metrics.SummaryReporter;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.WireLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker side of a running bridge: the UDP side ({@link org.mailslot.bridge.udp.UdpBridge}) delivers each
 * received datagram to {@link #ingress()} and, for egress, is the {@link DatagramSender} given to {@link #start}. {@link #close()} stops everything in
 * reverse order within a few seconds.
 */
public final class Bridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Bridge.class);
    private static final int MAX_RATE_LIMITED_SOURCES = 4096;
    // The summary line is looked at once a minute and logged only when it changed.
    private static final long SUMMARY_PERIOD_SECONDS = 60;
    // Publisher threads, each with its own broker session: the broker routes one session's messages on one thread
    // at a time, so two sessions let it use both cores of a small machine (order holds per source and slot).
    private static final int PUBLISHERS = 2;

    private final BridgeCounters counters;
    private final IngressPipeline ingress;
    private final BrokerEndpoint endpoint;
    private final Optional<BrokerCredentials> generatedCredentials;
    private final Optional<EmbeddedBroker> embedded;
    private final Deque<AutoCloseable> stopOrder;

    private Bridge(BridgeCounters counters, IngressPipeline ingress, BrokerEndpoint endpoint,
                   Optional<BrokerCredentials> generatedCredentials, Optional<EmbeddedBroker> embedded,
                   Deque<AutoCloseable> stopOrder) {
        this.counters = counters;
        this.ingress = ingress;
        this.endpoint = endpoint;
        this.generatedCredentials = generatedCredentials;
        this.embedded = embedded;
        this.stopOrder = stopOrder;
    }

    /**
     * Starts the broker side of the bridge.
     *
     * @param egressSender sends egress datagrams; empty = no egress consumer
     * @throws org.mailslot.bridge.artemis.BrokerStartException if the embedded broker cannot start
     */
    public static Bridge start(BridgeSettings settings, Optional<DatagramSender> egressSender) throws Exception {
        Deque<AutoCloseable> stopOrder = new ArrayDeque<>();
        try {
            BridgeCounters counters = new BridgeCounters();
            stopOrder.push(BridgeMetrics.register(counters));

            Optional<BrokerCredentials> generated = Optional.empty();
            Optional<EmbeddedBroker> embedded = Optional.empty();
            BrokerEndpoint endpoint;
            if (settings.broker() instanceof BrokerTarget.Remote remote) {
                endpoint = new BrokerEndpoint(remote.url(), settings.credentials());
            } else {
                Optional<BrokerCredentials> credentials = settings.credentials();
                if (credentials.isEmpty() && !settings.allowAnonymous()) {
                    generated = Optional.of(BrokerCredentials.generate(new SecureRandom()));
                    credentials = generated;
                }
                EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBrokerSpec.from(settings, credentials));
                stopOrder.push(broker);
                embedded = Optional.of(broker);
                endpoint = broker.endpoint();
            }

            PartitionedPublisher publisher = PartitionedPublisher.start(endpoint, settings.durable(),
                    settings.ingressBuffer(), Backoff.DEFAULT, counters, PUBLISHERS);
            stopOrder.push(publisher);
            IngressPipeline ingress = new IngressPipeline(
                    MailslotCodec.windows(),
                    new IngressPolicy(new SlotAllowList(settings.allowedSlots()),
                            new SourceRateLimiter(settings.rateLimit(), System::nanoTime, MAX_RATE_LIMITED_SOURCES)),
                    new DatagramMapper(settings.addressPrefix(), new EnvelopeBodyMapper()),
                    settings.egressAddress(), publisher, counters);

            if (egressSender.isPresent()) {
                stopOrder.push(EgressLoop.start(endpoint, settings.egressAddress(),
                        settings.egressDeadLetterAddress(), new EgressMapper(settings.domain(), WireLimits.WINDOWS),
                        settings.egressPayload(), egressSender.get(), counters));
            }

            stopOrder.push(SummaryReporter.start(counters::snapshot, line -> LOG.info("{}", line),
                    SUMMARY_PERIOD_SECONDS));

            LOG.info("Bridge forwarding to {} under '{}.*' ({}); slots: {}", endpoint, settings.addressPrefix(),
                    settings.durable() ? "durable" : "non-durable", new SlotAllowList(settings.allowedSlots()));
            return new Bridge(counters, ingress, endpoint, generated, embedded, stopOrder);
        } catch (Exception | Error e) {
            closeAll(stopOrder);
            throw e;
        }
    }

    /** Where the UDP endpoint hands each received datagram. */
    public IngressPipeline ingress() {
        return ingress;
    }

    public BridgeCounters counters() {
        return counters;
    }

    /** The broker the bridge publishes to. */
    public BrokerEndpoint endpoint() {
        return endpoint;
    }

    /** The embedded broker, when the bridge runs one. */
    public Optional<EmbeddedBroker> embeddedBroker() {
        return embedded;
    }

    /** Credentials generated at start because none were configured; the caller shows them once. */
    public Optional<BrokerCredentials> generatedCredentials() {
        return generatedCredentials;
    }

    @Override
    public void close() {
        LOG.info("Bridge stopping");
        closeAll(stopOrder);
        // After the publishers closed: what they still held is counted as dropped (SHUTDOWN) in this line.
        LOG.info("Bridge stopped: {}", SummaryLine.format(counters.snapshot()));
    }

    private static void closeAll(Deque<AutoCloseable> stopOrder) {
        while (!stopOrder.isEmpty()) {
            AutoCloseable next = stopOrder.pop();
            try {
                next.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", next, e.toString());
            }
        }
    }
}
