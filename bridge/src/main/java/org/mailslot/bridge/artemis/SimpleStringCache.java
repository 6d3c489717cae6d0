package org.mailslot.bridge.artemis;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.api.core.SimpleString;

/**
 * Reuses the Artemis encoding of strings that repeat from message to message (property names, addresses, a
 * sender's name and address, slot names), so each is converted once instead of once per message. Bounded: once
 * {@code capacity} distinct strings are held, further ones are converted each time rather than kept, so a stream
 * of ever-new values (a scan of slot names, spoofed senders) cannot grow the heap.
 */
final class SimpleStringCache {

    private final ConcurrentHashMap<String, SimpleString> cache = new ConcurrentHashMap<>();
    private final int capacity;

    SimpleStringCache(int capacity) {
        this.capacity = capacity;
    }

    SimpleString of(String value) {
        SimpleString cached = cache.get(value);
        if (cached != null) {
            return cached;
        }
        SimpleString converted = SimpleString.of(value);
        if (cache.size() < capacity) {
            cache.putIfAbsent(value, converted);
        }
        return converted;
    }

    int size() {
        return cache.size();
    }
}
