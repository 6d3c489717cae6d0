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
    private final String uncName;
    private final String givenName;
    private final PayloadFormat payload;
    private transient MailslotName slot;
    private final NameType nameType;

    /** @param name a name parsed by {@link MailslotDestinations} */
    MailslotDestination(DestinationName name) {
        this.slot = name.slot();
        this.uncName = slot.toString();
        this.givenName = name.given();
        this.payload = name.payload();
        this.nameType = name.nameType();
    }

    /** The parsed slot name, e.g. {@code \\.\mailslot\orders}. */
    public final MailslotName mailslotName() {
        return slot;
    }

    /** The name as it was given, e.g. {@code orders} or {@code \\PLC7\mailslot\in?payload=raw}. */
    public final String name() {
        return givenName;
    }

    /**
     * How messages sent to this destination travel, chosen by a {@code ?payload=} suffix; null when the name has
     * none and the factory's {@code jms.payload} applies.
     */
    public final PayloadFormat payloadFormat() {
        return payload;
    }

    /**
     * The NetBIOS name type messages to this destination are addressed to, chosen by a {@code nameType=} option
     * ({@code ?nameType=1D}); {@code <00>} when the name has none.
     */
    public final NameType nameType() {
        return nameType;
    }

    /** The full UNC name, e.g. {@code \\.\mailslot\orders}. */
    public final String uncName() {
        return uncName;
    }

    /** The server part, upper case: {@code .} (this computer), {@code *} (the domain), a computer or a domain. */
    public final String serverName() {
        return slot.server();
    }

    /** The slot path after {@code \mailslot\}, e.g. {@code orders} or {@code taxes\bobs_comments}. */
    public final String slotPath() {
        return slot.path();
    }

    /**
     * The slot path in lower case, as the provider keys its queues and topics by it (Windows compares mailslot
     * names ignoring case).
     */
    public final String slotKey() {
        return slot.pathKey();
    }

    /** True for {@code \\.\mailslot\...}: a slot on this computer, no network traffic. */
    public final boolean isLocal() {
        return slot.isLocal();
    }

    /** True for a topic. */
    public abstract boolean isTopic();

    /** True for a temporary queue or topic. */
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
