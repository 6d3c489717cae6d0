package org.mailslot.bridge.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.SettingKey;
import org.mailslot.bridge.config.SettingsParser;
import picocli.CommandLine.Mixin;

/**
 * The network options of the operator commands: the bridge's own ({@link NetworkOptions}, checked by the same
 * {@link SettingsParser}), except that the computer name defaults to one of this process's own, so that a command
 * never poses as the bridge it talks to.
 */
final class HostOptions {

    @Mixin
    NetworkOptions network = new NetworkOptions();

    @Mixin
    VerboseOption verbose = new VerboseOption();

    /** The settings these options describe; only the network part is used. */
    BridgeSettings settings() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SettingKey.COMPUTER_NAME.key(), "MAILSLOT-" + ProcessHandle.current().pid() % 1_000_000);
        network.putInto(values);
        return new SettingsParser().parse(values);
    }
}
