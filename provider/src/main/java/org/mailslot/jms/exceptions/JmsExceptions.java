package org.mailslot.jms.exceptions;

import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.InvalidClientIDRuntimeException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.MessageNotReadableException;
import jakarta.jms.MessageNotWriteableException;
import jakarta.jms.MessageNotWriteableRuntimeException;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.ResourceAllocationRuntimeException;
import jakarta.jms.TransactionInProgressException;
import jakarta.jms.TransactionInProgressRuntimeException;
import jakarta.jms.TransactionRolledBackException;
import jakarta.jms.TransactionRolledBackRuntimeException;

/**
 * The provider's single translation point from internal errors to JMS exceptions. Every exception it makes carries
 * the {@link ErrorKind} name as its error code and, when there is one, the cause as both {@code getCause()} and
 * {@code getLinkedException()}.
 */
public final class JmsExceptions {

    private JmsExceptions() {
    }

    /** A JMS exception of the subclass the specification names for {@code kind}. */
    public static JMSException create(ErrorKind kind, String message) {
        return create(kind, message, null);
    }

    /**
     * A JMS exception of the subclass the specification names for {@code kind}, linked to {@code cause}.
     *
     * @param message what was wrong and what to do about it
     * @param cause   the underlying failure, may be null
     */
    public static JMSException create(ErrorKind kind, String message, Throwable cause) {
        String code = kind.name();
        JMSException error = switch (kind) {
            case GENERAL, UNSUPPORTED -> new JMSException(message, code);
            case ILLEGAL_STATE -> new IllegalStateException(message, code);
            case INVALID_CLIENT_ID -> new InvalidClientIDException(message, code);
            case INVALID_DESTINATION -> new InvalidDestinationException(message, code);
            case INVALID_SELECTOR -> new InvalidSelectorException(message, code);
            case SECURITY -> new JMSSecurityException(message, code);
            case MESSAGE_EOF -> new MessageEOFException(message, code);
            case MESSAGE_FORMAT -> new MessageFormatException(message, code);
            case MESSAGE_NOT_READABLE -> new MessageNotReadableException(message, code);
            case MESSAGE_NOT_WRITEABLE -> new MessageNotWriteableException(message, code);
            case RESOURCE_ALLOCATION -> new ResourceAllocationException(message, code);
            case TRANSACTION_IN_PROGRESS -> new TransactionInProgressException(message, code);
            case TRANSACTION_ROLLED_BACK -> new TransactionRolledBackException(message, code);
        };
        return link(error, cause);
    }

    /**
     * The exception for calling an optional part of the specification this provider leaves out.
     *
     * @param feature what was called, e.g. "XA sessions"
     */
    public static JMSException unsupported(String feature) {
        return create(ErrorKind.UNSUPPORTED, feature + " are optional in Jakarta Messaging 3.1 and not implemented"
                + " by the mailslot provider; use the non-XA, non-ConnectionConsumer API instead.");
    }

    /**
     * Turns any failure into a JMS exception: a JMS exception is returned as it is, a {@link ProviderException}
     * becomes the subclass of its kind, an {@link Error} is rethrown, anything else becomes a general
     * {@code JMSException} that names it.
     */
    public static JMSException toJms(Throwable failure) {
        if (failure instanceof JMSException jms) {
            return jms;
        }
        if (failure instanceof ProviderException provider) {
            return create(provider.kind(), provider.getMessage(), provider);
        }
        if (failure instanceof JMSRuntimeException runtime && runtime.getCause() instanceof JMSException jms) {
            return jms;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        String detail = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return create(ErrorKind.GENERAL, "Unexpected provider failure (" + detail + ")", failure);
    }

    /**
     * The {@code JMSRuntimeException} twin of a checked JMS exception, for the simplified API. Subclasses without a
     * twin (message EOF, message not readable, plain JMSException) become a plain {@code JMSRuntimeException}. The
     * checked exception becomes the cause.
     */
    public static JMSRuntimeException toRuntime(JMSException e) {
        String message = e.getMessage();
        String code = e.getErrorCode();
        if (e instanceof IllegalStateException) {
            return new IllegalStateRuntimeException(message, code, e);
        } else if (e instanceof InvalidClientIDException) {
            return new InvalidClientIDRuntimeException(message, code, e);
        } else if (e instanceof InvalidDestinationException) {
            return new InvalidDestinationRuntimeException(message, code, e);
        } else if (e instanceof InvalidSelectorException) {
            return new InvalidSelectorRuntimeException(message, code, e);
        } else if (e instanceof JMSSecurityException) {
            return new JMSSecurityRuntimeException(message, code, e);
        } else if (e instanceof MessageFormatException) {
            return new MessageFormatRuntimeException(message, code, e);
        } else if (e instanceof MessageNotWriteableException) {
            return new MessageNotWriteableRuntimeException(message, code, e);
        } else if (e instanceof ResourceAllocationException) {
            return new ResourceAllocationRuntimeException(message, code, e);
        } else if (e instanceof TransactionInProgressException) {
            return new TransactionInProgressRuntimeException(message, code, e);
        } else if (e instanceof TransactionRolledBackException) {
            return new TransactionRolledBackRuntimeException(message, code, e);
        }
        return new JMSRuntimeException(message, code, e);
    }

    private static JMSException link(JMSException error, Throwable cause) {
        if (cause != null) {
            error.initCause(cause);
            if (cause instanceof Exception exception) {
                error.setLinkedException(exception);
            }
        }
        return error;
    }
}
