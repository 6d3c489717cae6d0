package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Policies;

class IngressPropertiesTest {

    private final IngressProperties properties = new IngressProperties("HOSTA", "127.0.0.2", 138, "127.0.0.9", "BRIDGE",
            "DIRECT_UNIQUE", 4242, "Net\\Logon", 1_700_000_000_123L, "1D");

    @Test
    void behavesAsTheMapOfTheTenPropertiesInTheirFixedOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put(MailslotProperties.SOURCE_NAME, "HOSTA");
        expected.put(MailslotProperties.SOURCE_ADDRESS, "127.0.0.2");
        expected.put(MailslotProperties.SOURCE_PORT, 138);
        expected.put(MailslotProperties.HEADER_SOURCE_IP, "127.0.0.9");
        expected.put(MailslotProperties.DESTINATION_NAME, "BRIDGE");
        expected.put(MailslotProperties.DATAGRAM_TYPE, "DIRECT_UNIQUE");
        expected.put(MailslotProperties.DATAGRAM_ID, 4242);
        expected.put(MailslotProperties.SLOT, "Net\\Logon");
        expected.put(MailslotProperties.RECEIVED_AT, 1_700_000_000_123L);
        expected.put(MailslotProperties.DESTINATION_NAME_TYPE, "1D");

        assertThat(properties).containsExactlyEntriesOf(expected);
        assertThat(properties).isEqualTo(expected).hasSameHashCodeAs(expected);
        for (int i = 0; i < IngressProperties.NAMES.size(); i++) {
            assertThat(properties.valueAt(i)).isEqualTo(expected.get(IngressProperties.NAMES.get(i)));
        }
    }

    @Test
    void unknownNamesAreAbsent() {
        assertThat(properties.get("MailslotTarget")).isNull();
        assertThat(properties.containsKey("MailslotTarget")).isFalse();
        assertThat(properties.get(42)).isNull();
    }

    @Test
    void cannotBeChanged() {
        assertThatThrownBy(() -> properties.put(MailslotProperties.SLOT, "other"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> properties.entrySet().iterator().remove())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(properties::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesAMissingStringValue() {
        assertThatThrownBy(() -> new IngressProperties(null, "127.0.0.2", 138, "127.0.0.9", "BRIDGE",
                "DIRECT_UNIQUE", 1, "x", 0))
                .isInstanceOf(NullPointerException.class).hasMessage("sourceName");
    }

    @Test
    void anIngressMessageKeepsItAsItIsAndCopiesAnyOtherMap() {
        Map<String, Object> mutable = new LinkedHashMap<>(properties);
        IngressMessage kept = new IngressMessage("mailslot.x", RoutingKind.ANYCAST, "id", properties,
                new MappedBody.RawBytes(new byte[0]));
        IngressMessage copied = new IngressMessage("mailslot.x", RoutingKind.ANYCAST, "id", mutable,
                new MappedBody.RawBytes(new byte[0]));
        mutable.clear();

        assertThat(kept.properties()).isSameAs(properties);
        assertThat(copied.properties()).isEqualTo(properties);
    }
}
