package org.mailslot.jms.micrometer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.HostCounters;
import org.mailslot.wire.WireFormatException;

/**
 * Binds a factory's counters ({@link MailslotConnectionFactory#statistics()}) to a Micrometer registry as function
 * counters, each tagged {@code factory=NAME} (the factory's {@code jms.metricsName}, or the name derived from its
 * URI):
 * <ul>
 *   <li>{@code mailslot.received}: datagrams read from the network, malformed ones included;</li>
 *   <li>{@code mailslot.delivered}, tag {@code origin=network|local}: messages queued into a slot;</li>
 *   <li>{@code mailslot.sent} and {@code mailslot.send.failures}: datagrams sent, writes the socket refused;</li>
 *   <li>{@code mailslot.dropped}, tag {@code reason} (lower case {@link DropReason}): every drop, every reason;</li>
 *   <li>{@code mailslot.malformed}, tag {@code reason} (lower case {@link WireFormatException.Reason}): the
 *   malformed drops by codec reason.</li>
 * </ul>
 * The counters read the factory when the registry is scraped; while its host is not running they read zero.
 *
 * <pre>{@code
 * new MailslotMeterBinder(factory).bindTo(meterRegistry);
 * }</pre>
 */
public final class MailslotMeterBinder implements MeterBinder {

    private final MailslotConnectionFactory factory;
    private final Tags tags;

    /**
     * Binds with the tag {@code factory=NAME}.
     *
     * @param factory the factory whose counters become meters; NAME is its {@code jms.metricsName}
     */
    public MailslotMeterBinder(MailslotConnectionFactory factory) {
        this(factory, Tags.empty());
    }

    /**
     * Binds with the tag {@code factory=NAME} and {@code extraTags}.
     *
     * @param factory   the factory whose counters become meters; NAME is its {@code jms.metricsName}
     * @param extraTags added to every meter, e.g. the application's name
     */
    public MailslotMeterBinder(MailslotConnectionFactory factory, Iterable<Tag> extraTags) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.tags = Tags.of("factory", factory.getOptions().metricsName()).and(extraTags);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "mailslot.received", "Datagrams read from the network, malformed ones included",
                Tags.empty(), HostCounters::received);
        counter(registry, "mailslot.delivered", "Messages queued into a slot", Tags.of("origin", "network"),
                HostCounters::remoteDelivered);
        counter(registry, "mailslot.delivered", "Messages queued into a slot", Tags.of("origin", "local"),
                HostCounters::localWrites);
        counter(registry, "mailslot.sent", "Datagrams sent", Tags.empty(), HostCounters::sent);
        counter(registry, "mailslot.send.failures", "Writes that failed in the socket", Tags.empty(),
                HostCounters::sendFailures);
        for (DropReason reason : DropReason.values()) {
            counter(registry, "mailslot.dropped", "Datagrams or messages not delivered, by reason",
                    Tags.of("reason", lower(reason)), c -> c.drops(reason));
        }
        for (WireFormatException.Reason reason : WireFormatException.Reason.values()) {
            counter(registry, "mailslot.malformed", "Malformed datagrams dropped, by codec reason",
                    Tags.of("reason", lower(reason)), c -> c.malformed().getOrDefault(reason, 0L));
        }
    }

    private void counter(MeterRegistry registry, String name, String description, Tags extra,
            ToDoubleFunction<HostCounters> reader) {
        FunctionCounter.builder(name, factory, f -> reader.applyAsDouble(f.statistics()))
                .description(description)
                .tags(tags.and(extra))
                .register(registry);
    }

    private static String lower(Enum<?> reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
