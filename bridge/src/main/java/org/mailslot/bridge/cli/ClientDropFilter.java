package org.mailslot.bridge.cli;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * A logger that passes everything to another one except Artemis's per-session warnings about a client that went
 * away without closing (see {@link QuietArtemisLogging}). Artemis's messages start with their code, so the message
 * pattern says which one it is.
 */
final class ClientDropFilter extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;
    /** AMQ222061 "Client connection failed, clearing up resources for session"; AMQ222107 "Cleared up resources". */
    static final Set<String> LEFT_OUT = Set.of("AMQ222061", "AMQ222107");
    private static final int CODE_LENGTH = 9;

    private final transient Logger delegate;

    ClientDropFilter(Logger delegate) {
        this.delegate = delegate;
        this.name = delegate.getName();
    }

    @Override
    public boolean isTraceEnabled() {
        return delegate.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate.isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                                               Throwable throwable) {
        if (messagePattern != null && messagePattern.length() >= CODE_LENGTH
                && LEFT_OUT.contains(messagePattern.substring(0, CODE_LENGTH))) {
            return;
        }
        LoggingEventBuilder event = delegate.atLevel(level);
        if (marker != null) {
            event = event.addMarker(marker);
        }
        if (throwable != null) {
            event = event.setCause(throwable);
        }
        if (arguments == null) {
            event.log(messagePattern);
        } else {
            event.log(messagePattern, arguments);
        }
    }
}
