package org.mailslot.bridge.artemis;

/** A message decoded from a JMS envelope that cannot be turned into an Artemis message; it is dropped and counted. */
final class UnconvertibleMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnconvertibleMessageException(String address, Exception cause) {
        super("Cannot convert the JMS envelope of a datagram for " + address + " into an Artemis message: "
                + cause.getMessage(), cause);
    }
}
