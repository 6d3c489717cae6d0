package org.mailslot.bridge.mapping;

import java.io.IOException;
import java.util.List;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.jms.payload.EnvelopeFormatException;
import org.mailslot.wire.MailslotDatagram;

/**
 * Recognises the provider's JMS envelope (magic {@code E5 4D}) and returns the message it encodes; every other
 * datagram stays raw bytes, so what a Windows program wrote is what a JMS client reads.
 *
 * <p>An ObjectMessage is the exception: forwarded as itself, its body would be Java-serialised in the broker and
 * deserialised by whichever consumer calls {@code getObject()}, running code a stranger chose. So unless every class
 * its body names is in the {@code --allow-object-class} list, it is withheld: forwarded as a BytesMessage holding
 * the datagram's data (the whole envelope) with {@link MailslotProperties#WITHHELD_BODY} saying what it is. The
 * bridge itself never deserialises it; it only reads the class names (see {@link SerializedClassNames}).
 */
public final class EnvelopeBodyMapper implements BodyMapper {

    private final ObjectClassAllowList objectClasses;

    /** Withholds every ObjectMessage. */
    public EnvelopeBodyMapper() {
        this(ObjectClassAllowList.NONE);
    }

    public EnvelopeBodyMapper(ObjectClassAllowList objectClasses) {
        this.objectClasses = objectClasses;
    }

    @Override
    public MappedBody map(MailslotDatagram datagram) {
        byte[] data = datagram.data();
        if (!EnvelopeCodec.hasMagic(data, 0, data.length)) {
            return new MappedBody.RawBytes(data);
        }
        MailslotMessage message;
        try {
            message = EnvelopeCodec.decode(data);
        } catch (EnvelopeFormatException e) {
            return new MappedBody.UnreadableEnvelope(data, e.getMessage());
        }
        if (message instanceof MailslotObjectMessage object && object.serializedForm() != null) {
            return objectBody(object, data);
        }
        return new MappedBody.JmsEnvelope(message);
    }

    private MappedBody objectBody(MailslotObjectMessage object, byte[] data) {
        if (objectClasses.isEmpty()) {
            return new MappedBody.WithheldObject(data, WITHHELD + "no --allow-object-class is set");
        }
        List<String> classes;
        try {
            classes = SerializedClassNames.of(object.serializedForm());
        } catch (IOException e) {
            return new MappedBody.WithheldObject(data, WITHHELD + e.getMessage());
        }
        if (objectClasses.allowsAll(classes)) {
            return new MappedBody.JmsEnvelope(object);
        }
        List<String> refused = classes.stream().filter(c -> !objectClasses.allows(c)).toList();
        return new MappedBody.WithheldObject(data, WITHHELD + "classes " + refused + " are not in --allow-object-class "
                + objectClasses);
    }

    private static final String WITHHELD = "java-serialized ObjectMessage in the mailslot JMS envelope, not"
            + " deserialised: ";
}
