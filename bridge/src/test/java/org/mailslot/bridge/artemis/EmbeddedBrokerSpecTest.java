package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerSpecTest {

    @Test
    void anonymousAccessIsRefusedOnANonLoopbackAcceptor() throws Exception {
        InetAddress any = InetAddress.getByName("0.0.0.0");

        assertThatThrownBy(() -> new EmbeddedBrokerSpec("b", any, 61616, Path.of("d"), Optional.empty(), 10, false,
                "mailslot"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing anonymous access on 0.0.0.0");
    }

    @Test
    void anonymousAccessIsAllowedOnLoopback() throws Exception {
        EmbeddedBrokerSpec spec = new EmbeddedBrokerSpec("b", InetAddress.getByName("127.0.0.9"), 61616,
                Path.of("d"), Optional.empty(), 10, false, "mailslot");

        assertThat(BrokerConfigurationFactory.tcpUrl(spec)).isEqualTo("tcp://127.0.0.9:61616");
    }

    @Test
    void backoffDoublesUpToItsCeiling() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0);

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(500)).isEqualTo(Duration.ofSeconds(1));
    }
}
