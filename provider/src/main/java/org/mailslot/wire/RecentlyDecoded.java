package org.mailslot.wire;

/**
 * A small cache from raw wire bytes to the immutable value decoded from them (a NetBIOS name, a mailslot name).
 * A receiver sees the same few hosts and slots over and over; comparing a few dozen bytes is cheaper than
 * decoding, validating and allocating them again for every datagram.
 *
 * <p>Thread-safe without locks: slots are overwritten racily, but each entry is immutable and published through
 * final fields, so a reader sees either a whole older entry, a whole newer one or none; a miss only costs a
 * decode. Values must be immutable and fully determined by the key bytes.
 */
final class RecentlyDecoded<T> {

    private static final int SLOTS = 64;

    private record Entry<T>(byte[] key, T value) {
    }

    private final Entry<?>[] slots = new Entry<?>[SLOTS];

    /** @return the hash of {@code in[start, start + length)} that {@link #find} and {@link #remember} take */
    static int hash(WireReader in, int start, int length) {
        int hash = in.hash(start, length);
        return hash ^ (hash >>> 16);
    }

    /** @return the value remembered for exactly these bytes, or null */
    T find(WireReader in, int start, int length, int hash) {
        Entry<?> entry = slots[hash & (SLOTS - 1)];
        if (entry == null || entry.key().length != length || !in.matches(start, entry.key())) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T value = (T) entry.value();
        return value;
    }

    /** Remembers {@code value} as decoded from {@code in[start, start + length)}, replacing the slot's entry. */
    void remember(WireReader in, int start, int length, int hash, T value) {
        slots[hash & (SLOTS - 1)] = new Entry<>(in.bytes(start, length), value);
    }
}
