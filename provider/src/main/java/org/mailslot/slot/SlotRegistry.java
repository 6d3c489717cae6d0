package org.mailslot.slot;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The slots that exist on one host, by case-insensitive path. Thread-safe. */
final class SlotRegistry {

    private final ConcurrentMap<String, Mailslot> slots = new ConcurrentHashMap<>();

    /**
     * Refuses what CreateMailslot refuses before any slot exists: a name not on this host, a negative size limit.
     *
     * @throws MailslotNameException    when the name is not local
     * @throws IllegalArgumentException when {@code maxMessageSize} is negative
     */
    static void checkCreatable(MailslotName name, int maxMessageSize) {
        if (!name.isLocal()) {
            throw new MailslotNameException(MailslotNameException.Rule.WRONG_PREFIX, name.toString(),
                    "slots are created on this host only, so the name must start with \\\\.\\mailslot\\");
        }
        if (maxMessageSize < 0) {
            throw new IllegalArgumentException("maxMessageSize must be 0 (any size) or positive, got " + maxMessageSize);
        }
    }

    /** Adds the slot unless its name is taken. */
    void add(Mailslot slot) throws MailslotExistsException {
        if (slots.putIfAbsent(slot.name().pathKey(), slot) != null) {
            throw new MailslotExistsException(slot.name());
        }
    }

    /** Removes exactly this slot (not a newer one of the same name). */
    void remove(Mailslot slot) {
        slots.remove(slot.name().pathKey(), slot);
    }

    /** The slot with this path key (lower-case path), or null. */
    Mailslot find(String pathKey) {
        return slots.get(pathKey);
    }

    List<Mailslot> all() {
        return List.copyOf(slots.values());
    }
}
