package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.junit.jupiter.api.Test;

class SimpleStringCacheTest {

    @Test
    void aRepeatedStringIsConvertedOnce() {
        SimpleStringCache cache = new SimpleStringCache(4);

        SimpleString first = cache.of("MailslotSlot");

        assertThat((Object) cache.of("MailslotSlot")).isSameAs(first).isEqualTo(SimpleString.of("MailslotSlot"));
    }

    @Test
    void beyondItsCapacityItConvertsWithoutKeeping() {
        SimpleStringCache cache = new SimpleStringCache(2);
        cache.of("a");
        cache.of("b");

        SimpleString third = cache.of("c");

        assertThat((Object) third).isEqualTo(SimpleString.of("c"));
        assertThat((Object) cache.of("c")).isNotSameAs(third);
        assertThat(cache.size()).isEqualTo(2);
    }
}
