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
import java.io.IOException;
import org.mailslot.slot.BadNetPathException;
import org.mailslot.slot.MailslotClosedException;
import org.mailslot.slot.MailslotExistsException;
import org.mailslot.slot.MailslotFullException;
import org.mailslot.slot.MailslotNameException;
import org.mailslot.slot.MailslotNotFoundException;
import org.mailslot.wire.MessageTooLargeException;

/**
 * The provider's single translation point from internal errors to JMS exceptions. Every exception it makes carries
 * the {@link ErrorKind} name as its error code and, when there is one, the cause as both {@code getCause()} and
 * {@code getLinkedException()}. Failures of the layers below (slot, net, wire) are typed by {@link #kindOf} and
 * become the JMS subclass of that kind in {@link #toJms}; {@link #toRuntime} gives the unchecked twin for
 * {@code JMSContext}.
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
     * and a failure of a lower layer become the subclass of their {@link #kindOf kind}, an {@link Error} is
     * rethrown, anything else becomes a general {@code JMSException} that names it.
     */
    public static JMSException toJms(Throwable failure) {
        if (failure instanceof JMSException jms) {
            return jms;
        }
        if (failure instanceof JMSRuntimeException runtime && runtime.getCause() instanceof JMSException jms) {
            return jms;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        ErrorKind kind = kindOf(failure);
        if (kind != null) {
            return create(kind, failure.getMessage(), failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return create(ErrorKind.GENERAL, "Unexpected provider failure (" + detail + ")", failure);
    }

    /**
     * Like {@link #toJms(Throwable)}, with what was being done in front of the failure's own message; a failure of
     * no known kind becomes a general {@code JMSException}.
     *
     * @param context what failed, e.g. "The mailslot host for mailslot://... could not start"
     */
    public static JMSException toJms(String context, Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        ErrorKind kind = kindOf(failure);
        if (kind == null && failure instanceof JMSException jms) {
            kind = kindOfSubclass(jms);
        }
        return create(kind == null ? ErrorKind.GENERAL : kind, context + ": " + failure.getMessage(), failure);
    }

    /**
     * The kind of a failure the provider's own layers raise, or null for a failure nobody typed (a bug).
     * Slot and wire failures say what went wrong and what to do in their messages, so those are kept.
     */
    public static ErrorKind kindOf(Throwable failure) {
        if (failure instanceof TypedFailure typed) {
            return typed.errorKind();
        }
        if (failure instanceof BadNetPathException && failure.getCause() instanceof MessageTooLargeException) {
            // Windows calls a group write above the group limit a bad net path; to JMS it is a message format.
            return ErrorKind.MESSAGE_FORMAT;
        }
        if (failure instanceof MailslotNameException || failure instanceof BadNetPathException
                || failure instanceof MailslotNotFoundException) {
            return ErrorKind.INVALID_DESTINATION;
        }
        if (failure instanceof MessageTooLargeException) {
            return ErrorKind.MESSAGE_FORMAT;
        }
        if (failure instanceof MailslotFullException) {
            return ErrorKind.RESOURCE_ALLOCATION;
        }
        if (failure instanceof MailslotClosedException) {
            return ErrorKind.ILLEGAL_STATE;
        }
        if (failure instanceof MailslotExistsException || failure instanceof IOException) {
            return ErrorKind.GENERAL;
        }
        return null;
    }

    /**
     * The {@code JMSRuntimeException} twin of a checked JMS exception, for the simplified API. Subclasses without a
     * twin (message EOF, message not readable, plain JMSException) become a plain {@code JMSRuntimeException}. The
     * checked exception becomes the cause.
     */
    public static JMSRuntimeException toRuntime(JMSException e) {
        String message = e.getMessage();
        String code = e.getErrorCode();
        return switch (kindOfSubclass(e)) {
            case ILLEGAL_STATE -> new IllegalStateRuntimeException(message, code, e);
            case INVALID_CLIENT_ID -> new InvalidClientIDRuntimeException(message, code, e);
            case INVALID_DESTINATION -> new InvalidDestinationRuntimeException(message, code, e);
            case INVALID_SELECTOR -> new InvalidSelectorRuntimeException(message, code, e);
            case SECURITY -> new JMSSecurityRuntimeException(message, code, e);
            case MESSAGE_FORMAT -> new MessageFormatRuntimeException(message, code, e);
            case MESSAGE_NOT_WRITEABLE -> new MessageNotWriteableRuntimeException(message, code, e);
            case RESOURCE_ALLOCATION -> new ResourceAllocationRuntimeException(message, code, e);
            case TRANSACTION_IN_PROGRESS -> new TransactionInProgressRuntimeException(message, code, e);
            case TRANSACTION_ROLLED_BACK -> new TransactionRolledBackRuntimeException(message, code, e);
            case GENERAL, UNSUPPORTED, MESSAGE_EOF, MESSAGE_NOT_READABLE -> new JMSRuntimeException(message, code, e);
        };
    }

    /** The kind of a JMS exception, by its subclass (most specific first). */
    private static ErrorKind kindOfSubclass(JMSException e) {
        if (e instanceof IllegalStateException) {
            return ErrorKind.ILLEGAL_STATE;
        } else if (e instanceof InvalidClientIDException) {
            return ErrorKind.INVALID_CLIENT_ID;
        } else if (e instanceof InvalidDestinationException) {
            return ErrorKind.INVALID_DESTINATION;
        } else if (e instanceof InvalidSelectorException) {
            return ErrorKind.INVALID_SELECTOR;
        } else if (e instanceof JMSSecurityException) {
            return ErrorKind.SECURITY;
        } else if (e instanceof MessageFormatException) {
            return ErrorKind.MESSAGE_FORMAT;
        } else if (e instanceof MessageNotWriteableException) {
            return ErrorKind.MESSAGE_NOT_WRITEABLE;
        } else if (e instanceof ResourceAllocationException) {
            return ErrorKind.RESOURCE_ALLOCATION;
        } else if (e instanceof TransactionInProgressException) {
            return ErrorKind.TRANSACTION_IN_PROGRESS;
        } else if (e instanceof TransactionRolledBackException) {
            return ErrorKind.TRANSACTION_ROLLED_BACK;
        }
        return ErrorKind.GENERAL;
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
