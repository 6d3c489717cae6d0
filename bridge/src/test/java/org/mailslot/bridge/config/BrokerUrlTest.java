package org.mailslot.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.Test;

class BrokerUrlTest {

    @Test
    void acceptsArtemisForms() throws Exception {
        assertThat(BrokerUrl.check("tcp://mq1:61616")).containsExactly("tcp://mq1:61616");
        assertThat(BrokerUrl.check("(tcp://127.0.0.11:61616,tcp://127.0.0.12:61617)?ha=true&reconnectAttempts=-1"))
                .containsExactly("tcp://127.0.0.11:61616", "tcp://127.0.0.12:61617");
        assertThat(BrokerUrl.check("tcp://[::1]:61616?sslEnabled=true;trustStorePath=/etc/mq/trust.p12"))
                .containsExactly("tcp://[::1]:61616");
        assertThat(BrokerUrl.check("udp://231.7.7.7:9876")).isEmpty();
        // Whatever we accept, Artemis's own parser takes too, with the list and the parameters.
        try (ServerLocator locator = ActiveMQClient.createServerLocator(
                "(tcp://127.0.0.11:61616,tcp://127.0.0.12:61617)?ha=true")) {
            assertThat(locator.isHA()).isTrue();
            assertThat(locator.getStaticTransportConfigurations()).hasSize(2);
        }
    }

    @Test
    void refusesMalformedUrlsWithOneLineSayingWhy() {
        Map<String, String> cases = Map.of(
                "tcp://a,tcp://b", "a list of servers is written in parentheses",
                "tcp://mq1", "'tcp://mq1' has no port; write tcp://mq1:61616",
                "(tcp://a:1,tcp://b)?ha=true", "'tcp://b' has no port",
                "tcp://mq1:70000", "port 70000 of 'tcp://mq1:70000' is not 1..65535",
                "tcp://mq1:61616?ha", "'ha' is not a name=value parameter",
                "(tcp://a:1,)", "'' is not tcp://host:port",
                "tcp://bad host:1", "is not tcp://host:port");
        cases.forEach((url, problem) -> assertThatThrownBy(() -> BrokerUrl.check(url))
                .as(url).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem).hasMessageNotContaining("\n"));
    }

    @Test
    void theParserReportsItAsTheBrokerOption() {
        assertThatThrownBy(() -> new SettingsParser().parse(Map.of("broker", "tcp://a,tcp://b")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("--broker: 'tcp://a,tcp://b': a list of servers is written in parentheses");
        assertThat(new SettingsParser().parse(Map.of("broker", "(tcp://127.0.0.11:61616,tcp://127.0.0.12:61616)?ha=true"))
                .broker()).isEqualTo(new BrokerTarget.Remote("(tcp://127.0.0.11:61616,tcp://127.0.0.12:61616)?ha=true"));
    }
}
