package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import jakarta.jms.ObjectMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * A message whose body is one serialised Java object. The object is serialised when set (later changes to it are
 * not seen) and deserialised on each read under an {@link ObjectBodyPolicy}, so only allowed classes are ever
 * instantiated.
 */
public class MailslotObjectMessage extends MailslotMessage implements ObjectMessage {

    private byte[] serialized;
    private ObjectBodyPolicy policy = ObjectBodyPolicy.DEFAULT;

    /** An empty object message (null object) with the default policy. */
    public MailslotObjectMessage() {
    }

    /** Sets which classes the body may be deserialised into; the session sets its connection's policy. */
    public void setPolicy(ObjectBodyPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The serialised body, or null when there is no object. Provider-internal (payload codec). */
    public byte[] serializedForm() {
        return serialized == null ? null : serialized.clone();
    }

    /** Sets the serialised body as received (null for none). Provider-internal (payload decoding). */
    public void setSerializedForm(byte[] bytes) throws JMSException {
        checkBodyWriteable();
        serialized = bytes == null ? null : bytes.clone();
    }

    @Override
    public void setObject(Serializable object) throws JMSException {
        checkBodyWriteable();
        if (object == null) {
            serialized = null;
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (IOException e) {
            throw Errors.format("Cannot serialise the ObjectMessage body " + object.getClass().getName() + ": " + e
                    + "; make every field Serializable or transient.", e);
        }
        serialized = bytes.toByteArray();
    }

    /** Deserialises the body; MessageFormatException when its class is not allowed by the policy. */
    @Override
    public Serializable getObject() throws JMSException {
        return serialized == null ? null : policy.deserialize(serialized);
    }

    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        return bodyAs(getObject(), c, "Serializable");
    }

    @Override
    public boolean isBodyAssignableTo(@SuppressWarnings("rawtypes") Class c) throws JMSException {
        Serializable object = getObject();
        return c != null && (object == null || c.isInstance(object));
    }

    @Override
    protected MailslotMessage newEmpty() {
        MailslotObjectMessage empty = new MailslotObjectMessage();
        empty.policy = policy;
        return empty;
    }

    @Override
    protected void copyBodyTo(MailslotMessage target) {
        ((MailslotObjectMessage) target).serialized = serialized;
    }

    @Override
    protected void onClearBody() {
        serialized = null;
    }
}
