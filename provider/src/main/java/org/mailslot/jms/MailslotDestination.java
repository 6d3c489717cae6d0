package org.mailslot.jms;

import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.slot.MailslotName;
import org.mailslot.names.NameType;

/**
 * A mailslot destination: a parsed {@link MailslotName} {@code \\server\mailslot\path}, optionally with the
 * payload its messages travel as ({@code ?payload=jms|raw} after the name). {@link #toString()}, {@code getQueueName()} and
 * {@code getTopicName()} give the name as it was written, so creating a destination from it gives an equal one.
 * Two destinations are equal when they are of the same class, their UNC names match ignoring case, as Windows
 * compares mailslot names, and they choose the same payload. Instances are immutable and can be bound in JNDI,
 * where {@code org.mailslot.jms.jndi.MailslotObjectFactory} rebuilds them.
 */
public abstract class MailslotDestination implements Destination, Serializable, Referenceable {

    // 2: the name as given and the payload choice are part of the form.
    private static final long serialVersionUID = 2L;

    /** JNDI reference address holding the UNC name. */
    public static final String REF_NAME = "uncName";
    /** JNDI reference address holding the owner of a temporary destination. */
    public static final String REF_OWNER = "ownerId";
    /** The object factory named in every {@link Reference} (kept as a name so this package does not depend on it). */
    public static final String OBJECT_FACTORY = "org.mailslot.jms.jndi.MailslotObjectFactory";

    // The serialised form keeps the UNC text; the parsed name is rebuilt from it when read.
    /** The canonical UNC name, e.g. {@code \\.\mailslot\orders}. */
    private final String uncName;
    /** The name as the application gave it, options included. */
    private final String givenName;
    /** The payload format a {@code ?payload=} option chose, or null. */
    private final PayloadFormat payload;
    private transient MailslotName slot;
    /** The NetBIOS name type a {@code ?nameType=} option chose. */
    private final NameType nameType;

    /** @param name a name parsed by {@link MailslotDestinations} */
    MailslotDestination(DestinationName name) {
        this.slot = name.slot();
        this.uncName = slot.toString();
        this.givenName = name.given();
        this.payload = name.payload();
        this.nameType = name.nameType();
    }

    /** {@return the parsed slot name, e.g. {@code \\.\mailslot\orders}} */
    public final MailslotName mailslotName() {
        return slot;
    }

    /** {@return the name as it was given, e.g. {@code orders} or {@code \\PLC7\mailslot\in?payload=raw}} */
    public final String name() {
        return givenName;
    }

    /**
     * How messages sent to this destination travel, chosen by a {@code ?payload=} suffix; null when the name has
     * none and the factory's {@code jms.payload} applies.
     *
     * @return the format, or null
     */
    public final PayloadFormat payloadFormat() {
        return payload;
    }

    /**
     * The NetBIOS name type messages to this destination are addressed to, chosen by a {@code nameType=} option
     * ({@code ?nameType=1D}); {@code <00>} when the name has none.
     *
     * @return the name type
     */
    public final NameType nameType() {
        return nameType;
    }

    /** {@return the full UNC name, e.g. {@code \\.\mailslot\orders}} */
    public final String uncName() {
        return uncName;
    }

    /**
     * {@return the server part, upper case: {@code .} (this computer), {@code *} (the domain), a computer or a
     * domain}
     */
    public final String serverName() {
        return slot.server();
    }

    /** {@return the slot path after {@code \mailslot\}, e.g. {@code orders} or {@code taxes\bobs_comments}} */
    public final String slotPath() {
        return slot.path();
    }

    /**
     * The slot path in lower case, as the provider keys its queues and topics by it (Windows compares mailslot
     * names ignoring case).
     *
     * @return the lower-case slot path
     */
    public final String slotKey() {
        return slot.pathKey();
    }

    /** {@return true for {@code \\.\mailslot\...}: a slot on this computer, no network traffic} */
    public final boolean isLocal() {
        return slot.isLocal();
    }

    /** {@return true for a topic} */
    public abstract boolean isTopic();

    /** {@return true for a temporary queue or topic} */
    public boolean isTemporary() {
        return false;
    }

    @Override
    public Reference getReference() {
        Reference reference = new Reference(getClass().getName(), OBJECT_FACTORY, null);
        reference.add(new StringRefAddr(REF_NAME, givenName));
        return reference;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof MailslotDestination that && that.getClass() == getClass()
                && that.slot.equals(slot) && that.payload == payload && Objects.equals(that.nameType, nameType);
    }

    @Override
    public final int hashCode() {
        return (getClass().hashCode() * 31 + slot.hashCode()) * 31 + Objects.hashCode(payload);
    }

    /** The name as it was given; {@link #uncName()} is the canonical form. */
    @Override
    public String toString() {
        return givenName;
    }

    /**
     * Rebuilds the parsed slot name from the UNC text, and refuses a stream whose fields disagree.
     *
     * @param in the stream
     * @throws IOException            the stream failed or its names are not valid
     * @throws ClassNotFoundException a class of the stream is missing
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            // The given name, read with the bare-name rule of this kind, must give the same slot name.
            slot = MailslotName.parse(uncName);
            DestinationName again = givenName == null ? null
                    : MailslotDestinations.parse(givenName, isTopic() && !isTemporary());
            if (!slot.toString().equals(uncName) || again == null || !again.slot().equals(slot)
                    || !again.slot().server().equals(slot.server()) || again.payload() != payload) {
                throw new InvalidObjectException("Serialized destination " + givenName + " (" + uncName
                        + ") is not consistent");
            }
        } catch (InvalidDestinationException | RuntimeException e) {
            InvalidObjectException error = new InvalidObjectException(e.getMessage());
            error.initCause(e);
            throw error;
        }
    }
}
