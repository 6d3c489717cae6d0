package org.mailslot.jms;

import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.names.NameType;

/**
 * A mailslot destination: a UNC name {@code \\server\mailslot\path}, optionally with the payload its messages
 * travel as ({@code ?payload=jms|raw} after the name). {@link #toString()}, {@code getQueueName()} and
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

    private final String uncName;
    private final String givenName;
    private final PayloadFormat payload;
    private final NameType nameType;
    // Routing looks a destination up by its lower-case path on every send; computed once, not serialised.
    private transient volatile String slotKey;

    /** @param name a name parsed by {@link MailslotDestinations} */
    MailslotDestination(DestinationName name) {
        this.uncName = name.unc();
        this.givenName = name.given();
        this.payload = name.payload();
        this.nameType = name.nameType();
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

    /** The server part: {@code .} (this computer), {@code *} (the domain), a computer or a domain name. */
    public final String serverName() {
        return uncName.substring(2, uncName.indexOf('\\', 2));
    }

    /** The slot path after {@code \mailslot\}, e.g. {@code orders} or {@code taxes\bobs_comments}. */
    public final String slotPath() {
        return uncName.substring(uncName.indexOf('\\', 2) + MailslotDestinations.KEYWORD.length() + 2);
    }

    /**
     * The slot path in lower case, as the provider keys its queues and topics by it (Windows compares mailslot
     * names ignoring case).
     */
    public final String slotKey() {
        String key = slotKey;
        if (key == null) {
            key = slotPath().toLowerCase(Locale.ROOT);
            slotKey = key;
        }
        return key;
    }

    /** True for {@code \\.\mailslot\...}: a slot on this computer, no network traffic. */
    public final boolean isLocal() {
        return ".".equals(serverName());
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
                && that.uncName.equalsIgnoreCase(uncName) && that.payload == payload
                && Objects.equals(that.nameType, nameType);
    }

    @Override
    public final int hashCode() {
        return (getClass().hashCode() * 31 + uncName.toUpperCase(Locale.ROOT).hashCode()) * 31
                + Objects.hashCode(payload);
    }

    /** The name as it was given; {@link #uncName()} is the canonical form. */
    @Override
    public String toString() {
        return givenName;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            // A bare given name means a slot on the server the canonical name shows; both must agree.
            String canonical = MailslotDestinations.toUnc(uncName, ".");
            DestinationName again = givenName == null ? null : MailslotDestinations.parse(givenName, serverName());
            if (!canonical.equals(uncName) || again == null || !again.unc().equals(uncName)
                    || again.payload() != payload) {
                throw new InvalidObjectException("Serialized destination " + givenName + " (" + uncName
                        + ") is not consistent");
            }
        } catch (InvalidDestinationException e) {
            InvalidObjectException error = new InvalidObjectException(e.getMessage());
            error.initCause(e);
            throw error;
        }
    }
}
