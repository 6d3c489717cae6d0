package org.mailslot.jms.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.payload.EnvelopeCodec;

/**
 * Hostile ObjectMessage bodies made only of allowed {@code java.util} classes, as they arrive in a datagram (the
 * provider's envelope, decoded): each is refused with a MessageFormatException naming the limit, within the 10 ms
 * the product promises, instead of exhausting memory or time. The time is the reading thread's CPU time: on a
 * shared machine wall time also counts the moments the thread waited for a core.
 */
class ObjectBombTest {

    private static final long REFUSED_WITHIN_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    @BeforeAll
    static void warmUpTheDeserialiser() throws Exception {
        // The first read of any stream loads the JDK's serialisation classes; that is not the bomb's cost.
        assertThat(received(serialize(new ArrayList<>(List.of("warm")))).getObject()).isEqualTo(List.of("warm"));
        assertThatThrownBy(() -> received(serialize(nestedSets(40))).getObject())
                .isInstanceOf(MessageFormatException.class);
    }

    @Test
    void forgedCollectionSizeIsRefusedBeforeItAllocates() throws Exception {
        // ArrayList writes its size field, then the capacity as block data, then the elements.
        byte[] stream = serialize(new ArrayList<>(List.of("x")));
        byte[] forged = replace(stream, new byte[] {0, 0, 0, 1, 0x77, 4, 0, 0, 0, 1},
                new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 0x77, 4, 0, 0, 0, 1});

        assertRefusedFast(forged, "array or collection length");
    }

    @Test
    void forgedHashMapSizeIsRefusedBeforeItAllocates() throws Exception {
        // HashMap writes its buckets and its number of mappings as block data (8 bytes), then the mappings.
        byte[] stream = serialize(new HashMap<>(java.util.Map.of("k", "v")));
        int block = indexOf(stream, new byte[] {0x77, 8});
        byte[] forged = stream.clone();
        forged[block + 6] = 0x30; // mappings: 0x30000001

        assertRefusedFast(forged, "array or collection length");
    }

    @Test
    void deeplyNestedSetsAreRefusedBeforeTheyAreHashed() throws Exception {
        assertRefusedFast(serialize(nestedSets(100)), "nesting depth");
    }

    @Test
    void ordinaryObjectsWithinTheLimitsStillArrive() throws Exception {
        HashMap<String, Object> order = new HashMap<>();
        order.put("lines", new ArrayList<>(List.of(1, 2, 3)));
        order.put("tags", new HashSet<>(Set.of("a", "b")));
        order.put("nested", new ArrayList<>(List.of(new ArrayList<>(List.of(new HashSet<>(Set.of("deep")))))));
        assertThat(received(serialize(order)).getObject()).isEqualTo(order);
    }

    private static void assertRefusedFast(byte[] serialized, String limit) throws Exception {
        MailslotObjectMessage message = received(serialized);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        Throwable thrown = null;
        try {
            message.getObject();
        } catch (Throwable t) {
            thrown = t;
        }
        long took = threads.getCurrentThreadCpuTime() - start;
        assertThat(thrown).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("exceeds the limit on " + limit);
        assertThat(took).as("refused in %d us of CPU", took / 1000).isLessThan(REFUSED_WITHIN_NANOS);
    }

    /** The message a consumer gets for a datagram carrying the provider's envelope of this body. */
    private static MailslotObjectMessage received(byte[] serialized) throws JMSException, IOException {
        MailslotObjectMessage sent = new MailslotObjectMessage();
        sent.setSerializedForm(serialized);
        byte[] datagramData = EnvelopeCodec.encode(sent);
        try {
            return (MailslotObjectMessage) EnvelopeCodec.decode(datagramData);
        } catch (org.mailslot.jms.payload.EnvelopeFormatException e) {
            throw new IOException(e);
        }
    }

    /** Sets of sets, each level holding two sets that share the next level: hashing them doubles per level. */
    private static HashSet<Object> nestedSets(int depth) {
        HashSet<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("level" + i);
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    private static byte[] serialize(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static byte[] replace(byte[] data, byte[] find, byte[] with) {
        byte[] copy = data.clone();
        System.arraycopy(with, 0, copy, indexOf(data, find), with.length);
        return copy;
    }

    private static int indexOf(byte[] data, byte[] find) {
        outer:
        for (int i = 0; i + find.length <= data.length; i++) {
            for (int j = 0; j < find.length; j++) {
                if (data[i + j] != find[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found in the serialised form; the JDK changed its layout");
    }
}
