package org.mailslot.bridge.cli;

import java.util.List;
import java.util.Map;
import org.mailslot.bridge.config.SettingKey;
import org.mailslot.bridge.config.SettingsParser;
import picocli.CommandLine.Option;

/** The mailslot network options shared by {@code mailslot-bridge} and the operator commands. */
final class NetworkOptions {

    @Option(names = "--listen", paramLabel = "ADDR:PORT",
            description = "UDP address and port for mailslot datagrams (default " + SettingsParser.DEFAULT_LISTEN
                    + ": loopback only, no privilege needed). A network uses 0.0.0.0:138 (root or"
                    + " CAP_NET_BIND_SERVICE). On one machine each process takes its own 127.0.0.N on the shared port.")
    String listen;

    @Option(names = "--computer-name", paramLabel = "NAME",
            description = "Our NetBIOS computer name (default: the bridge takes the host name, up to 15"
                    + " characters; the mailslot commands MAILSLOT-<pid>).")
    String computerName;

    @Option(names = "--domain", paramLabel = "NAME", description = "Our domain or workgroup (default WORKGROUP).")
    String domain;

    @Option(names = "--scope", paramLabel = "LABELS",
            description = "Our NetBIOS scope ID (dotted labels, e.g. corp.example; default none). Only datagrams"
                    + " of this scope are ours, and ours carry it; every host that talks to us needs the same scope.")
    String scope;

    @Option(names = "--receive-name-types", paramLabel = "TYPES",
            description = "Destination name types taken besides <00>, for browser or domain protocols: 1D,1E,msbrowse"
                    + " (browser), 1B, 1C, 03, 20, ... (default none: such datagrams count as UNWANTED_NAME_TYPE).")
    String receiveNameTypes;

    @Option(names = "--wire-limits", paramLabel = "windows|samba",
            description = "Limits of sent datagrams: windows (default; the SMB within 512 bytes, 424 bytes to a"
                    + " domain) or samba (also the whole datagram within 576 bytes, what Samba's nmbd reads).")
    String wireLimits;

    @Option(names = "--code-page", paramLabel = "NNN",
            description = "The OEM code page slot names travel in, received and sent: 850 (default; Windows in"
                    + " Western Europe), 437 (US English) or another IBMnnn/Cpnnn; use the Windows hosts' own.")
    String codePage;

    @Option(names = "--broadcast", paramLabel = "ADDR",
            description = "Where group datagrams are sent (default: the subnet broadcast of the listen address).")
    String broadcast;

    @Option(names = "--static-name", paramLabel = "NAME=ADDR", split = ",",
            description = "Where datagrams for a computer name go (repeatable or comma-separated); other names are"
                    + " learned from received datagrams or looked up in DNS.")
    List<String> staticNames;

    @Option(names = "--name-service", paramLabel = "off|on|PORT",
            description = "Run the NetBIOS name service: register our computer name and domain (by broadcast, with"
                    + " the WINS server, or both, as --node-type says), answer name queries and node status, find"
                    + " other computers (on = UDP 137; default off).")
    String nameService;

    @Option(names = "--resolve-order", paramLabel = "STEPS",
            description = "How computer names are found, in order; a step left out is off (default"
                    + " static,nameservice,learned,dns).")
    String resolveOrder;

    @Option(names = "--wins-server", paramLabel = "ADDR[:PORT]",
            description = "The WINS server (NetBIOS name server, port 137 unless given): names are registered with"
                    + " it and asked of it as --node-type says. Needs --name-service on (or a port) for the bridge,"
                    + " mailslot send and listen; mailslot resolve and names only ask it.")
    String winsServer;

    @Option(names = "--node-type", paramLabel = "B|P|M|H",
            description = "How names are registered and found: B broadcast; P only the WINS server; M broadcast,"
                    + " then WINS; H WINS, then broadcast (default H with --wins-server, B without).")
    String nodeType;

    @Option(names = "--lmhosts", paramLabel = "FILE",
            description = "An LMHOSTS file (IPv4 NAME [#PRE] [#DOM:domain] a line) read at start: its computer"
                    + " names join the static names; --static-name wins over it; bad lines are logged and left out.")
    String lmhosts;

    /** Adds the options given on the command line to {@code values}, keyed as the settings parser expects. */
    void putInto(Map<String, String> values) {
        BridgeCommand.put(values, SettingKey.LISTEN, listen);
        BridgeCommand.put(values, SettingKey.COMPUTER_NAME, computerName);
        BridgeCommand.put(values, SettingKey.DOMAIN, domain);
        BridgeCommand.put(values, SettingKey.SCOPE, scope);
        BridgeCommand.put(values, SettingKey.RECEIVE_NAME_TYPES, receiveNameTypes);
        BridgeCommand.put(values, SettingKey.WIRE_LIMITS, wireLimits);
        BridgeCommand.put(values, SettingKey.CODE_PAGE, codePage);
        BridgeCommand.put(values, SettingKey.BROADCAST, broadcast);
        BridgeCommand.put(values, SettingKey.STATIC_NAME, staticNames == null ? null : String.join(",", staticNames));
        BridgeCommand.put(values, SettingKey.NAME_SERVICE, nameService);
        BridgeCommand.put(values, SettingKey.RESOLVE_ORDER, resolveOrder);
        BridgeCommand.put(values, SettingKey.WINS_SERVER, winsServer);
        BridgeCommand.put(values, SettingKey.NODE_TYPE, nodeType);
        BridgeCommand.put(values, SettingKey.LMHOSTS, lmhosts);
    }
}
