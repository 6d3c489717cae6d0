package org.mailslot.jms.exceptions;

import java.util.Objects;

/**
 * An error raised inside the provider, typed by its {@link ErrorKind}. Code below the JMS API throws this;
 * {@link JmsExceptions#toJms(Throwable)} turns it into the JMS exception the user sees.
 */
public final class ProviderException extends Exception implements TypedFailure {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    /**
     * @param kind    what went wrong
     * @param message what was wrong and what to do about it
     */
    public ProviderException(ErrorKind kind, String message) {
        this(kind, message, null);
    }

    /**
     * @param kind    what went wrong
     * @param message what was wrong and what to do about it
     * @param cause   the underlying failure, may be null
     */
    public ProviderException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public ErrorKind errorKind() {
        return kind;
    }
}
