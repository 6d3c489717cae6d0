package org.mailslot.bridge;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mailslot.bridge.artemis.Backoff;
import org.mailslot.bridge.artemis.BrokerEndpoint;
import org.mailslot.bridge.artemis.PartitionedPublisher;
import org.mailslot.bridge.artemis.EmbeddedBroker;
import org.mailslot.bridge.artemis.EmbeddedBrokerSpec;
import org.mailslot.bridge.artemis.SlotAddressSettings;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.BrokerTarget;
import org.mailslot.bridge.egress.DatagramSender;
import org.mailslot.bridge.egress.EgressLoop;
import org.mailslot.bridge.ingress.DuplicateWindow;
import org.mailslot.bridge.ingress.IngressPipeline;
import org.mailslot.bridge.ingress.IngressPolicy;
import org.mailslot.bridge.ingress.SlotAllowList;
import org.mailslot.bridge.ingress.SlotBudget;
import org.mailslot.bridge.ingress.SourceRateLimiter;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.EgressMapper;
import org.mailslot.bridge.mapping.EnvelopeBodyMapper;
import org.mailslot.bridge.mapping.ObjectClassAllowList;
import org.mailslot.bridge.mapping.SlotPath;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.BridgeMetrics;
import org.mailslot.bridge.metrics.IngressLedger;
import org.mailslot.bridge.metrics.SummaryLine;
import org.mailslot.bridge.metrics.SummaryReporter;
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
    // Sightings the duplicate window keeps (about 100 bytes each): a 2 s window at 30,000
    // datagrams/s. One UDP source address keeps at most an eighth of them (4,000 datagrams/s for 2 s), so a flood of
    // distinct ids from one address forgets its own sightings, not other senders'. What is forgotten early is
    // counted (duplicate window overflow); a late copy of it is forwarded, never lost.
    private static final int MAX_DUPLICATE_SIGHTINGS = 65_536;
    private static final int MAX_DUPLICATE_SIGHTINGS_PER_SOURCE = MAX_DUPLICATE_SIGHTINGS / 8;
    // By default the summary line is looked at once a minute and logged only when it changed.
    private static final Duration SUMMARY_ON_CHANGE_PERIOD = Duration.ofMinutes(1);
    // Publisher threads, each with its own broker session: the broker routes one session's messages on one thread
    // at a time, so two sessions let it use both cores of a small machine (order holds per source and slot).
    private static final int PUBLISHERS = 2;

    private final BridgeCounters counters;
    private final IngressPipeline ingress;
    private final BrokerEndpoint endpoint;
    private final Optional<BrokerCredentials> generatedCredentials;
    private final Optional<EmbeddedBroker> embedded;
    private final Deque<AutoCloseable> stopOrder;
    private final Optional<IngressLedger> ledger;
    private final Optional<IngressLedger.PreviousRun> previousRun;

    private Bridge(BridgeCounters counters, IngressPipeline ingress, BrokerEndpoint endpoint,
                   Optional<BrokerCredentials> generatedCredentials, Optional<EmbeddedBroker> embedded,
                   Deque<AutoCloseable> stopOrder, Optional<IngressLedger> ledger,
                   Optional<IngressLedger.PreviousRun> previousRun) {
        this.ledger = ledger;
        this.previousRun = previousRun;
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
     * @param settings     the parsed configuration
     * @param egressSender sends egress datagrams; empty = no egress consumer
     * @return the running bridge
     * @throws org.mailslot.bridge.artemis.BrokerStartException if the embedded broker cannot start
     * @throws Exception   any other failure to start; what had started is stopped again
     */
    public static Bridge start(BridgeSettings settings, Optional<DatagramSender> egressSender) throws Exception {
        return start(settings, egressSender, System::nanoTime);
    }

    /**
     * Epoch milliseconds that advance with {@code nanoClock}: the broker's duplicate ids must follow the same time
     * as the duplicate window (an injected clock in tests), and agree with other bridges' (the wall clock at start).
     */
    private static LongSupplier wallClockOn(LongSupplier nanoClock) {
        long wallAtStart = System.currentTimeMillis();
        long nanoAtStart = nanoClock.getAsLong();
        return () -> wallAtStart + (nanoClock.getAsLong() - nanoAtStart) / 1_000_000;
    }

    /**
     * Starts the broker side of the bridge with the given clock for its time windows (duplicate window, rate limit,
     * slot idleness), in nanoseconds like {@link System#nanoTime()}.
     *
     * @param settings     the parsed configuration
     * @param egressSender sends egress datagrams; empty = no egress consumer
     * @param nanoClock    the clock, e.g. {@code System::nanoTime}
     * @return the running bridge
     * @throws Exception   a failure to start; what had started is stopped again
     */
    public static Bridge start(BridgeSettings settings, Optional<DatagramSender> egressSender, LongSupplier nanoClock)
            throws Exception {
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
            DatagramMapper mapper = new DatagramMapper(settings.addressPrefix(),
                    new EnvelopeBodyMapper(new ObjectClassAllowList(settings.allowedObjectClasses())),
                    settings.duplicateWindow(), wallClockOn(nanoClock));
            Set<String> pinned = pinnedAddresses(settings, mapper);
            // Without an embedded broker the bridge cannot see what the broker removed: an idle slot is given up
            // after the idle delay, and the remote broker's own auto-delete settings decide about its address.
            Predicate<String> brokerHasAddress = address -> false;
            if (endpoint.local().isPresent()) {
                var server = endpoint.local().get();
                SlotAddressSettings.apply(server, settings.addressPrefix(), settings.slotIdle(), pinned);
                brokerHasAddress = address -> SlotAddressSettings.hasAddress(server, address);
            }
            Optional<IngressLedger.PreviousRun> previous = settings.durable()
                    ? IngressLedger.previousRun(settings.dataDir()) : Optional.empty();
            previous.filter(run -> !run.clean()).ifPresent(run -> LOG.warn("{}", run.describe()));

            PartitionedPublisher publisher = PartitionedPublisher.start(endpoint, settings.durable(),
                    settings.ingressBuffer(), Backoff.DEFAULT, counters, PUBLISHERS);
            stopOrder.push(publisher);
            counters.bufferedGauge(publisher::buffered);
            DuplicateWindow duplicates = new DuplicateWindow(settings.duplicateWindow(), nanoClock,
                    MAX_DUPLICATE_SIGHTINGS, MAX_DUPLICATE_SIGHTINGS_PER_SOURCE);
            counters.duplicateWindowOverflowGauge(duplicates::forgottenEarly);
            IngressPipeline ingress = new IngressPipeline(
                    new IngressPolicy(new SlotAllowList(settings.allowedSlots()), duplicates,
                            new SourceRateLimiter(settings.rateLimit(), nanoClock, MAX_RATE_LIMITED_SOURCES),
                            new SlotBudget(settings.maxSlots(), pinned, settings.slotIdle(), nanoClock,
                                    brokerHasAddress)),
                    mapper, settings.egressAddress(), publisher, counters);

            if (egressSender.isPresent()) {
                stopOrder.push(EgressLoop.start(endpoint, settings.egressAddress(),
                        settings.egressDeadLetterAddress(), new EgressMapper(settings.domain(), settings.scope(),
                                settings.wireLimits(), settings.codePage()),
                        settings.egressPayload(), egressSender.get(), counters, Backoff.DEFAULT));
            }

            stopOrder.push(SummaryReporter.start(counters::snapshot, line -> LOG.info("{}", line),
                    settings.summaryInterval(), SUMMARY_ON_CHANGE_PERIOD));
            Optional<IngressLedger> ledger = Optional.empty();
            if (settings.durable()) {
                ScheduledExecutorService ledgerTimer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "mailslot-bridge-ledger");
                    t.setDaemon(true);
                    return t;
                });
                stopOrder.push(ledgerTimer::shutdownNow);
                ledger = Optional.of(IngressLedger.start(settings.dataDir(), counters, ledgerTimer));
            }

            LOG.info("Bridge forwarding to {} under '{}.*' ({}); slots: {}; at most {} slot addresses made from the"
                            + " network, idle ones removed after {} s; duplicates within {} ms dropped; object"
                            + " messages allowed: {}", endpoint, settings.addressPrefix(),
                    settings.durable() ? "durable" : "non-durable", new SlotAllowList(settings.allowedSlots()),
                    settings.maxSlots(), settings.slotIdle().toSeconds(), settings.duplicateWindow().toMillis(),
                    new ObjectClassAllowList(settings.allowedObjectClasses()));
            return new Bridge(counters, ingress, endpoint, generated, embedded, stopOrder, ledger, previous);
        } catch (Exception | Error e) {
            closeAll(stopOrder);
            throw e;
        }
    }

    /** The exact slot names of {@code --allow} (no wildcard), as broker addresses: never limited or removed. */
    private static Set<String> pinnedAddresses(BridgeSettings settings, DatagramMapper mapper) {
        Set<String> pinned = new LinkedHashSet<>();
        for (String pattern : settings.allowedSlots()) {
            if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
                pinned.add(mapper.addressOf(new SlotPath(pattern.replace('/', '\\'))));
            }
        }
        return pinned;
    }

    /** {@return what the previous run on this data directory left in its state file ({@code --durable} only)} */
    public Optional<IngressLedger.PreviousRun> previousRun() {
        return previousRun;
    }

    /** {@return where the UDP endpoint hands each received datagram} */
    public IngressPipeline ingress() {
        return ingress;
    }

    /** {@return the live counters, which the summary line, JMX and the state file read} */
    public BridgeCounters counters() {
        return counters;
    }

    /** {@return the broker the bridge publishes to} */
    public BrokerEndpoint endpoint() {
        return endpoint;
    }

    /** {@return the embedded broker, when the bridge runs one} */
    public Optional<EmbeddedBroker> embeddedBroker() {
        return embedded;
    }

    /** {@return credentials generated at start because none were configured; the caller shows them once} */
    public Optional<BrokerCredentials> generatedCredentials() {
        return generatedCredentials;
    }

    /**
     * Stops the broker side; what was still buffered is counted as dropped ({@code shutdown}) before the final
     * summary is logged, so the summary adds up. Stop receiving first (the UDP side does).
     */
    @Override
    public void close() {
        LOG.info("Bridge stopping");
        closeAll(stopOrder);
        ledger.ifPresent(IngressLedger::close);
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
