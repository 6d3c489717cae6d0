package org.mailslot.bridge.artemis;

import java.time.Duration;
import java.util.Set;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The broker's side of the slot bound: Artemis's own auto-delete address settings remove an auto-created ingress
 * queue once it is empty and has no consumer, and an auto-created ingress address once it has no queue, after
 * {@code idle} (counted from creation: a queue that never had a consumer is removed too, which is what frees the
 * slots a stranger made up). Operator-declared slots get settings that never delete them. The broker's reaper
 * runs every {@link BrokerConfigurationFactory#ADDRESS_SCAN_PERIOD_MS} ms and removes a candidate at its second
 * look, so an idle address goes within {@code idle} plus two scan periods.
 */
public final class SlotAddressSettings {

    private SlotAddressSettings() {
    }

    /**
     * @param pinnedAddresses addresses of operator-declared slots, never removed
     */
    public static void apply(ActiveMQServer server, String addressPrefix, Duration idle, Set<String> pinnedAddresses) {
        String match = addressPrefix + ".#";
        AddressSettings ingress = new AddressSettings(server.getAddressSettingsRepository().getMatch(addressPrefix
                + ".x"))
                .setAutoDeleteQueues(true)
                .setAutoDeleteQueuesDelay(idle.toMillis())
                .setAutoDeleteQueuesMessageCount(0)
                .setAutoDeleteQueuesSkipUsageCheck(true)
                .setAutoDeleteAddresses(true)
                .setAutoDeleteAddressesDelay(idle.toMillis())
                .setAutoDeleteAddressesSkipUsageCheck(true);
        server.getAddressSettingsRepository().addMatch(match, ingress);
        for (String address : pinnedAddresses) {
            server.getAddressSettingsRepository().addMatch(address, new AddressSettings(ingress)
                    .setAutoDeleteQueues(false)
                    .setAutoDeleteAddresses(false));
        }
    }

    /** Whether the broker has the address now. */
    public static boolean hasAddress(ActiveMQServer server, String address) {
        return server.getAddressInfo(SimpleString.of(address)) != null;
    }
}
