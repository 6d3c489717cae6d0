package org.mailslot.jms.management;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.mailslot.slot.HostCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a factory's counters MBean in the platform MBeanServer as
 * {@code org.mailslot:type=ConnectionFactory,name=NAME}. When another factory of the JVM already holds that name
 * (two factories on one URI, or two with the same {@code jms.metricsName}) the later one gets {@code NAME-2},
 * {@code NAME-3}, ... and a warning says so: publishing metrics never stops a factory from starting.
 */
public final class FactoryMBeans {

    /** The JMX domain of every mailslot MBean. */
    public static final String DOMAIN = "org.mailslot";

    private static final Logger LOG = LoggerFactory.getLogger(FactoryMBeans.class);
    private static final int MAX_SUFFIX = 1000;

    /** How long after its host starts a factory's MBean appears. */
    public static final Duration REGISTRATION_DELAY = Duration.ofSeconds(1);

    private FactoryMBeans() {
    }

    /** The ObjectName of the factory counters published under {@code name}. */
    public static ObjectName objectName(String name) {
        try {
            return new ObjectName(DOMAIN + ":type=ConnectionFactory,name=" + name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("Not a valid factory name for JMX: " + name, e);
        }
    }

    /**
     * Registers the MBean {@link #REGISTRATION_DELAY} from now, on a background thread, and returns at once: the
     * first use of the platform MBeanServer in a JVM loads and registers every platform MXBean, 150-400 ms of CPU
     * that would otherwise compete with the factory's first messages (on two cores it doubled the time to the first
     * message). {@link Registration#close()} removes the MBean, or stops it from appearing.
     *
     * @return the registration; its {@link Registration#name()} is set once the MBean is registered
     */
    public static Registration register(String name, Supplier<HostCounters> counters) {
        Registration registration = new Registration();
        // A one-shot scheduler of its own, shut down at once: its thread ends after the task. (CompletableFuture's
        // delayed executor would load the fork-join pool, dozens of classes before the factory's first message.)
        // Nothing waits for the outcome: a registration that fails logs why itself.
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "mailslot-jmx-registration");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledFuture<?> unused = timer.schedule(() -> registration.register(name, counters),
                REGISTRATION_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        timer.shutdown();
        return registration;
    }

    private static ObjectName registerNow(String name, Supplier<HostCounters> counters) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (int suffix = 1; suffix <= MAX_SUFFIX; suffix++) {
            String candidate = suffix == 1 ? name : name + "-" + suffix;
            ObjectName objectName = objectName(candidate);
            try {
                server.registerMBean(new CountersMBean(candidate, counters), objectName);
                if (suffix > 1) {
                    LOG.warn("Another mailslot connection factory already publishes its counters as {}; this one"
                            + " publishes them as {} (set jms.metricsName to choose)", objectName(name), objectName);
                }
                return objectName;
            } catch (InstanceAlreadyExistsException e) {
                // try the next suffix
            } catch (JMException | RuntimeException e) {
                LOG.warn("Could not publish the mailslot factory counters as {}: {}", objectName, e.toString());
                return null;
            }
        }
        LOG.warn("Could not publish the mailslot factory counters: names {} to {}-{} are all taken", name, name,
                MAX_SUFFIX);
        return null;
    }

    private static void unregister(ObjectName name) {
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (InstanceNotFoundException e) {
            // already gone: someone unregistered it by hand
        } catch (JMException e) {
            LOG.warn("Could not unregister {}: {}", name, e.toString());
        }
    }

    /** One factory's MBean, registered or on its way. */
    public static final class Registration implements AutoCloseable {

        private ObjectName name;
        private boolean closed;

        private Registration() {
        }

        // Under the lock, so close() either comes before (nothing is registered) or after (it unregisters).
        private synchronized void register(String wanted, Supplier<HostCounters> counters) {
            if (!closed) {
                name = registerNow(wanted, counters);
            }
        }

        /** The name it is registered under; null while registration runs, after it failed, or after close. */
        public synchronized ObjectName name() {
            return name;
        }

        /** Unregisters the MBean (or cancels the registration under way); idempotent. */
        @Override
        public synchronized void close() {
            closed = true;
            if (name != null) {
                unregister(name);
                name = null;
            }
        }
    }
}
