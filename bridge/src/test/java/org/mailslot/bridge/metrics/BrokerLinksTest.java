package org.mailslot.bridge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerLinksTest {

    private final BrokerLinks links = new BrokerLinks(ConnectionState.CLOSED);

    @Test
    void aSideWithoutLinksReportsItsEmptyState() {
        assertThat(links.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(new BrokerLinks(ConnectionState.CONNECTING).state()).isEqualTo(ConnectionState.CONNECTING);
    }

    @Test
    void theFirstConnectionIsNotAReconnect() {
        BrokerLinks.Link link = links.add();
        assertThat(links.state()).isEqualTo(ConnectionState.CONNECTING);
        link.state(ConnectionState.DISCONNECTED);
        link.state(ConnectionState.CONNECTED);

        assertThat(links.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(links.reconnects()).isZero();
    }

    @Test
    void eachReturnAfterALossIsOneReconnect() {
        BrokerLinks.Link link = links.add();
        link.state(ConnectionState.CONNECTED);
        for (int i = 0; i < 3; i++) {
            link.state(ConnectionState.DISCONNECTED);
            link.state(ConnectionState.DISCONNECTED);
            link.state(ConnectionState.CONNECTED);
        }
        link.state(ConnectionState.CONNECTED);

        assertThat(links.reconnects()).isEqualTo(3);
    }

    @Test
    void oneLostLinkOfSeveralShowsAndABrokerRestartTheyAllRideOutCountsOnce() {
        BrokerLinks.Link first = links.add();
        BrokerLinks.Link second = links.add();
        first.state(ConnectionState.CONNECTED);
        assertThat(links.state()).as("second still connecting").isEqualTo(ConnectionState.CONNECTING);
        second.state(ConnectionState.CONNECTED);
        assertThat(links.state()).isEqualTo(ConnectionState.CONNECTED);

        first.state(ConnectionState.DISCONNECTED);
        assertThat(links.state()).isEqualTo(ConnectionState.DISCONNECTED);
        second.state(ConnectionState.DISCONNECTED);
        first.state(ConnectionState.CONNECTED);
        assertThat(links.state()).isEqualTo(ConnectionState.DISCONNECTED);
        second.state(ConnectionState.CONNECTED);

        assertThat(links.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(links.reconnects()).isEqualTo(1);
    }

    @Test
    void closedOnlyOnceEveryLinkClosed() {
        BrokerLinks.Link first = links.add();
        BrokerLinks.Link second = links.add();
        first.state(ConnectionState.CONNECTED);
        second.state(ConnectionState.CONNECTED);

        first.state(ConnectionState.CLOSED);
        assertThat(links.state()).isEqualTo(ConnectionState.CONNECTED);
        second.state(ConnectionState.CLOSED);
        assertThat(links.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(links.reconnects()).isZero();
    }
}
