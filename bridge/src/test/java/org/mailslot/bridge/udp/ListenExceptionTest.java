package org.mailslot.bridge.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class ListenExceptionTest {

    @Test
    void privilegedPortSaysWhichOptionToChangeOrWhichCapabilityToGrant() {
        BindException jdk = new BindException("Permission denied");
        BindException host = (BindException) new BindException("cannot bind UDP 0.0.0.0:138").initCause(jdk);

        String message = ListenException.of(new InetSocketAddress("0.0.0.0", 138), host).getMessage();

        assertThat(message).startsWith("cannot listen on UDP 0.0.0.0:138 (Permission denied)")
                .contains("--listen ADDR:PORT", "CAP_NET_BIND_SERVICE", "root").doesNotContain("\n");
    }

    @Test
    void portInUseAndForeignAddressHaveTheirOwnAdvice() {
        assertThat(ListenException.of(new InetSocketAddress("127.0.0.1", 11138),
                new BindException("Address already in use")).getMessage()).contains("another port");
        assertThat(ListenException.of(new InetSocketAddress("192.0.2.1", 11138),
                new BindException("Cannot assign requested address")).getMessage()).contains("not on this machine");
    }
}
