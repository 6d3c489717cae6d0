package org.mailslot.bridge.cli;

import java.util.ServiceLoader;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.NOP_FallbackServiceProvider;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the launchers ({@code mailslot-bridge}, the runnable jar and the distribution's
 * {@code bin/mailslot-bridge}): the logging backend found on the class path (slf4j-simple or Log4j 2), except that
 * the embedded broker's server logger leaves out the two warnings Artemis writes for every session of a client
 * that went away without closing (AMQ222061 "Client connection failed, clearing up resources for session",
 * AMQ222107 "Cleared up resources for session"): four lines for one killed consumer. The broker logs one INFO line
 * of its own for that client instead. Every other message of that logger, warnings included, passes.
 *
 * <p>Chosen with the system property {@code slf4j.provider}, which {@link Main} sets unless it is given; not
 * registered as a service, so a library user of the jar never gets it.
 */
public final class QuietArtemisLogging implements SLF4JServiceProvider {

    /** The logger of Artemis's broker messages (ActiveMQServerLogger). */
    static final String ARTEMIS_SERVER_LOGGER = "org.apache.activemq.artemis.core.server";

    private final SLF4JServiceProvider backend;
    private ILoggerFactory loggers;

    /** Finds the backend; SLF4J asks for its MDC adapter before {@link #initialize()}. */
    public QuietArtemisLogging() {
        SLF4JServiceProvider found = new NOP_FallbackServiceProvider();
        for (SLF4JServiceProvider candidate : ServiceLoader.load(SLF4JServiceProvider.class)) {
            if (!(candidate instanceof QuietArtemisLogging)) {
                found = candidate;
                break;
            }
        }
        backend = found;
    }

    @Override
    public void initialize() {
        backend.initialize();
        ILoggerFactory inner = backend.getLoggerFactory();
        loggers = name -> {
            Logger logger = inner.getLogger(name);
            return ARTEMIS_SERVER_LOGGER.equals(name) ? new ClientDropFilter(logger) : logger;
        };
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return backend.getMarkerFactory();
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return backend.getMDCAdapter();
    }

    @Override
    public String getRequestedApiVersion() {
        return backend.getRequestedApiVersion();
    }
}
