package org.mailslot.bridge.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.SettingKey;
import org.mailslot.bridge.config.SettingsParser;
import picocli.CommandLine.Option;

/**
 * The network options of the operator commands: the same names, defaults and checks as the bridge's (they go
 * through {@link SettingsParser}), except the computer name, which defaults to one of this process's own so that
 * a command never poses as the bridge it talks to.
 */
final class HostOptions {

    @Option(names = "--listen", paramLabel = "ADDR:PORT",
            description = "UDP address and port (default 0.0.0.0:138). On one machine next to the bridge give each"
                    + " process its own 127.0.0.N address on the bridge's port.")
    String listen;

    @Option(names = "--computer-name", paramLabel = "NAME",
            description = "Our NetBIOS computer name (default MAILSLOT-<pid>).")
    String computerName;

    @Option(names = "--domain", paramLabel = "NAME", description = "Our domain or workgroup (default WORKGROUP).")
    String domain;

    @Option(names = "--broadcast", paramLabel = "ADDR",
            description = "Where group datagrams go (default: the broadcast address of the listen address).")
    String broadcast;

    @Option(names = "--static-name", paramLabel = "NAME=ADDR", split = ",",
            description = "Where datagrams for a computer name go (repeatable); others are learned or looked up in"
                    + " DNS.")
    List<String> staticNames;

    /** The settings these options describe; only the network part is used. */
    BridgeSettings settings() {
        Map<String, String> values = new LinkedHashMap<>();
        BridgeCommand.put(values, SettingKey.LISTEN, listen);
        BridgeCommand.put(values, SettingKey.COMPUTER_NAME, computerName == null ? defaultComputerName() : computerName);
        BridgeCommand.put(values, SettingKey.DOMAIN, domain);
        BridgeCommand.put(values, SettingKey.BROADCAST, broadcast);
        BridgeCommand.put(values, SettingKey.STATIC_NAME, staticNames == null ? null : String.join(",", staticNames));
        return new SettingsParser().parse(values);
    }

    private static String defaultComputerName() {
        return "MAILSLOT-" + ProcessHandle.current().pid() % 1_000_000;
    }
}
