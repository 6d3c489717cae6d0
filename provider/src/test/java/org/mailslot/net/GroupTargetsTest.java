package org.mailslot.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupTargetsTest {

    @Test
    void loopbackHostsBroadcastToTheLoopbackBroadcast() throws Exception {
        assertThat(GroupTargets.broadcastAddresses(InetAddress.getByName("127.0.0.7"), List.of()))
                .containsExactly(InetAddress.getByName("127.255.255.255"));
    }

    @Test
    void configuredAddressesWin() throws Exception {
        List<InetAddress> given = List.of(InetAddress.getByName("127.0.0.255"));
        assertThat(GroupTargets.broadcastAddresses(InetAddress.getByName("127.0.0.7"), given)).isEqualTo(given);
    }
}
