package org.mailslot.jms;

import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.TemporaryTopic;
import javax.naming.Reference;

/**
 * A temporary topic: a slot with a unique name owned by one connection and deleted with it. Its UNC name carries
 * the owning host's computer name, so a peer on another host can use it as {@code JMSReplyTo}.
 */
public final class MailslotTemporaryTopic extends MailslotTopic implements TemporaryTopic {

    private static final long serialVersionUID = 2L;

    /** Which connection owns it, and what deleting it does there. */
    private final TemporaryOwnership ownership;

    /**
     * @param name    the slot name, bare or full UNC (validated like any destination name)
     * @param ownerId id of the owning connection; null when the owner is elsewhere
     * @param deleter what {@link #delete()} does; null when this copy cannot be deleted from here
     * @throws InvalidDestinationException saying which rule the name breaks
     */
    public MailslotTemporaryTopic(String name, String ownerId, TemporaryDestinationDeleter deleter)
            throws InvalidDestinationException {
        super(MailslotDestinations.parse(name, false));
        this.ownership = new TemporaryOwnership(ownerId, deleter);
    }

    /**
     * A temporary topic owned elsewhere (e.g. received as {@code JMSReplyTo}): usable, not deletable.
     *
     * @param name its UNC name
     * @return the topic
     * @throws InvalidDestinationException saying which rule the name breaks
     */
    public static MailslotTemporaryTopic remote(String name) throws InvalidDestinationException {
        return new MailslotTemporaryTopic(name, null, null);
    }

    /** {@return the id of the owning connection, or null when the owner is not known here} */
    public String ownerId() {
        return ownership.ownerId();
    }

    @Override
    public boolean isTemporary() {
        return true;
    }

    /** Deletes this topic through its owning connection. */
    @Override
    public void delete() throws JMSException {
        ownership.delete(this);
    }

    @Override
    public Reference getReference() {
        return ownership.addTo(super.getReference());
    }
}
