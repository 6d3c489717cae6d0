package org.mailslot.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class BindFailuresTest {

    private static InetSocketAddress at(int port) throws Exception {
        return new InetSocketAddress(InetAddress.getByAddress(new byte[] {10, 99, 0, 1}), port);
    }

    @Test
    void aPrivilegedPortSaysHowToGetPastIt() throws Exception {
        BindException cause = new BindException("Permission denied");
        BindException explained = BindFailures.explain(at(138), cause);
        assertThat(explained).hasMessageContaining("10.99.0.1:138").hasMessageContaining("run as root")
                .hasMessageContaining("CAP_NET_BIND_SERVICE").hasMessageContaining("'port' setting")
                .hasCause(cause);
    }

    @Test
    void otherFailuresNameTheSettingToChange() throws Exception {
        assertThat(BindFailures.explain(at(5000), new BindException("Address already in use")))
                .hasMessageContaining("'port'").hasMessageNotContaining("CAP_NET_BIND_SERVICE");
        assertThat(BindFailures.explain(at(138), new BindException("Cannot assign requested address")))
                .hasMessageContaining("'bindAddress'");
    }
}
