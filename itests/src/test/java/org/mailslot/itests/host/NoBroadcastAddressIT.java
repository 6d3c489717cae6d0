package org.mailslot.itests.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.net.HostLookup;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;

/**
 * A host bound to an address that has no broadcast address (a /32 on an interface of a network namespace pair of
 * our own) starts and serves its slots, as {@code mailslot listen} needs; only a group write fails, saying what can
 * be typed to fix it: {@code --broadcast} on the command line, {@code broadcast=} in a factory URI.
 */
@Timeout(60)
class NoBroadcastAddressIT {

    @Test
    void aListenerStartsAndOnlyAGroupWriteAsksForABroadcastAddress() throws Exception {
        VethNamespace.assumeCreatable();
        try (VethNamespace namespace = VethNamespace.create()) {
            String address = namespace.hostAddress().replaceAll("\\.1$", ".9");
            namespace.addHostAddressWithoutBroadcast(address);
            try (MailslotHost host = MailslotHost.start(HostSettings.builder("NOBCAST")
                    .bindAddress(InetAddress.getByName(address)).port(0).hostLookup(HostLookup.NONE).build());
                 Mailslot slot = host.createMailslot("\\\\.\\mailslot\\demo", 0, Duration.ZERO)) {
                assertThat(host.groupTargets()).isEmpty();
                assertThat(slot).isNotNull();
                assertThatThrownBy(() -> host.send(MailslotName.parse("\\\\*\\mailslot\\demo"), new byte[] {1}, 0))
                        .isInstanceOf(IOException.class).hasMessageContaining("--broadcast ADDR")
                        .hasMessageContaining("broadcast=ADDR").hasMessageNotContaining("broadcastAddresses");
            }
        }
    }
}
