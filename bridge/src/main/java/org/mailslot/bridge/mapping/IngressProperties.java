package org.mailslot.bridge.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The nine {@link MailslotProperties} of one received datagram as an immutable map with a fixed order. The UDP
 * reader builds one per datagram and the publisher reads it by position, so it is a plain array rather than a
 * hashed map: nothing is hashed or probed to build or read it.
 */
public final class IngressProperties extends AbstractMap<String, Object> {

    /** The property names, in the order of {@link #valueAt}. */
    public static final List<String> NAMES = List.of(
            MailslotProperties.SOURCE_NAME,
            MailslotProperties.SOURCE_ADDRESS,
            MailslotProperties.SOURCE_PORT,
            MailslotProperties.HEADER_SOURCE_IP,
            MailslotProperties.DESTINATION_NAME,
            MailslotProperties.DATAGRAM_TYPE,
            MailslotProperties.DATAGRAM_ID,
            MailslotProperties.SLOT,
            MailslotProperties.RECEIVED_AT,
            MailslotProperties.DESTINATION_NAME_TYPE);

    private final Object[] values;

    public IngressProperties(String sourceName, String sourceAddress, int sourcePort, String headerSourceIp,
                             String destinationName,
                             String datagramType, int datagramId, String slot, long receivedAtMillis) {
        this(sourceName, sourceAddress, sourcePort, headerSourceIp, destinationName, datagramType, datagramId, slot,
                receivedAtMillis, "00");
    }

    /** With the destination name type, two hex digits such as {@code 1D}. */
    public IngressProperties(String sourceName, String sourceAddress, int sourcePort, String headerSourceIp,
                             String destinationName, String datagramType, int datagramId, String slot,
                             long receivedAtMillis, String destinationNameType) {
        values = new Object[] {
                Objects.requireNonNull(sourceName, "sourceName"),
                Objects.requireNonNull(sourceAddress, "sourceAddress"),
                sourcePort,
                Objects.requireNonNull(headerSourceIp, "headerSourceIp"),
                Objects.requireNonNull(destinationName, "destinationName"),
                Objects.requireNonNull(datagramType, "datagramType"),
                datagramId,
                Objects.requireNonNull(slot, "slot"),
                receivedAtMillis,
                Objects.requireNonNull(destinationNameType, "destinationNameType")};
    }

    /** The value of {@code NAMES.get(index)}: a String, Integer or Long. */
    public Object valueAt(int index) {
        return values[index];
    }

    @Override
    public Object get(Object name) {
        int index = NAMES.indexOf(name);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object name) {
        return NAMES.contains(name);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int index = next++;
                        return new SimpleImmutableEntry<>(NAMES.get(index), values[index]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
