package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.wire.MailslotDatagram;

/** ObjectMessages from the network: withheld as bytes unless every class they name is allow-listed. */
class ObjectBodyMappingTest {

    @Test
    void byDefaultAnObjectMessageIsWithheldAsTheDatagramsBytes() throws Exception {
        MailslotDatagram datagram = objectDatagram(new ArrayList<>(List.of("a")));

        MappedBody body = new EnvelopeBodyMapper().map(datagram);

        assertThat(body).isInstanceOf(MappedBody.WithheldObject.class);
        assertThat(((MappedBody.WithheldObject) body).bytes()).isEqualTo(datagram.data());
        assertThat(((MappedBody.WithheldObject) body).what()).contains("no --allow-object-class");
    }

    @Test
    void anObjectNamingOnlyAllowedClassesStaysAnObjectMessage() throws Exception {
        // Boxed numbers name java.lang.Integer and java.lang.Number.
        EnvelopeBodyMapper mapper = new EnvelopeBodyMapper(new ObjectClassAllowList(List.of("java.util.*",
                "java.lang.*")));
        HashMap<String, Object> map = new HashMap<>();
        map.put("list", new ArrayList<>(List.of(1, 2)));

        assertThat(mapper.map(objectDatagram(map))).isInstanceOf(MappedBody.JmsEnvelope.class);
        assertThat(mapper.map(objectDatagram(new int[] {1, 2}))).isInstanceOf(MappedBody.JmsEnvelope.class);
    }

    @Test
    void oneClassOutsideTheListWithholdsTheWholeObjectAndIsNamed() throws Exception {
        EnvelopeBodyMapper mapper = new EnvelopeBodyMapper(new ObjectClassAllowList(List.of("java.util.*")));
        ArrayList<Object> list = new ArrayList<>(List.of(URI.create("urn:x")));

        MappedBody body = mapper.map(objectDatagram(list));

        assertThat(body).isInstanceOf(MappedBody.WithheldObject.class);
        assertThat(((MappedBody.WithheldObject) body).what()).contains("[java.net.URI]");
    }

    @Test
    void classNamesAreReadWithoutLoadingAndAForgedStreamIsBounded() throws Exception {
        assertThat(SerializedClassNames.of(serialize(new ArrayList<>(List.of(URI.create("urn:x"), new int[3])))))
                .containsExactly("java.util.ArrayList", "java.net.URI");
        HashSet<Object> root = new HashSet<>();
        HashSet<Object> level = root;
        for (int i = 0; i < 100; i++) {
            HashSet<Object> next = new HashSet<>();
            level.add(next);
            level = next;
        }
        assertThatThrownBy(() -> SerializedClassNames.of(serialize(root))).isInstanceOf(IOException.class);
    }

    @Test
    void patternsMatchAClassAPackageOrAPackageTree() {
        ObjectClassAllowList list = new ObjectClassAllowList(List.of("com.acme.Order", "java.util.*", "org.x.**"));
        assertThat(list.allows("com.acme.Order")).isTrue();
        assertThat(list.allows("com.acme.OrderLine")).isFalse();
        assertThat(list.allows("java.util.HashMap")).isTrue();
        assertThat(list.allows("java.util.concurrent.ConcurrentHashMap")).isFalse();
        assertThat(list.allows("org.x.y.Z")).isTrue();
        assertThatThrownBy(() -> new ObjectClassAllowList(List.of("*"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static MailslotDatagram objectDatagram(Serializable value) throws Exception {
        MailslotObjectMessage message = new MailslotObjectMessage();
        message.setSerializedForm(serialize(value));
        byte[] envelope = EnvelopeCodec.encode(message);
        MailslotDatagram template = Datagrams.unique("\\MAILSLOT\\ORDERS", 1, "");
        return new MailslotDatagram(template.type(), template.nodeType(), 1, template.sourceIp(),
                template.sourcePort(), template.source(), template.destination(), template.mailslotName(), 0, envelope);
    }

    private static byte[] serialize(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
