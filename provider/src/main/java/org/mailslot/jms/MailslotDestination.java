package org.mailslot.jms;

import jakarta.jms.Destination;
import jakarta.jms.InvalidDestinationException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Locale;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;

/**
 * A mailslot destination: a UNC name {@code \\server\mailslot\path}. Two destinations are equal when they are of
 * the same class and their names match ignoring case, as Windows compares mailslot names. Instances are immutable
 * and can be bound in JNDI, where {@code org.mailslot.jms.jndi.MailslotObjectFactory} rebuilds them.
 */
public abstract class MailslotDestination implements Destination, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    /** JNDI reference address holding the UNC name. */
    public static final String REF_NAME = "uncName";
    /** JNDI reference address holding the owner of a temporary destination. */
    public static final String REF_OWNER = "ownerId";
    /** The object factory named in every {@link Reference} (kept as a name so this package does not depend on it). */
    public static final String OBJECT_FACTORY = "org.mailslot.jms.jndi.MailslotObjectFactory";

    private final String uncName;

    /** @param uncName a canonical name from {@link MailslotDestinations} */
    MailslotDestination(String uncName) {
        this.uncName = uncName;
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
        reference.add(new StringRefAddr(REF_NAME, uncName));
        return reference;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof MailslotDestination that && that.getClass() == getClass()
                && that.uncName.equalsIgnoreCase(uncName);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + uncName.toUpperCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return uncName;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            String canonical = MailslotDestinations.toUnc(uncName, ".");
            if (!canonical.equals(uncName)) {
                throw new InvalidObjectException("Serialized destination name " + uncName + " is not canonical");
            }
        } catch (InvalidDestinationException e) {
            InvalidObjectException error = new InvalidObjectException(e.getMessage());
            error.initCause(e);
            throw error;
        }
    }
}
