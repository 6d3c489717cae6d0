package org.mailslot.bridge.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mailslot.names.NamingSettings;
import org.mailslot.names.WinsSettings;
import org.mailslot.net.ResolverSettings;
import org.mailslot.wire.NodeType;

/**
 * The naming settings of the bridge and the operator commands: {@code name-service} ({@code off}, {@code on} for
 * UDP 137, or a port), {@code resolve-order} (a comma-separated list of static, nameservice, learned, dns; a
 * step left out is off), {@code wins-server} (IPv4[:port]), {@code node-type} (B, P, M, H; default H with a WINS
 * server, B without) and {@code lmhosts} (a file). Each wrong value is refused under its own key.
 */
final class NamingValues {

    static final String DEFAULT_NAME_SERVICE = "off";
    static final String DEFAULT_RESOLVE_ORDER = "static,nameservice,learned,dns";

    private NamingValues() {
    }

    static NamingSettings parse(String nameService, String resolveOrder, String winsServer, String nodeTypeText,
            String lmhosts) {
        try {
            ResolverSettings.parseOrder(resolveOrder);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.RESOLVE_ORDER.key(), e.getMessage());
        }
        NamingSettings naming;
        try {
            naming = NamingSettings.parse(nameService, resolveOrder);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.NAME_SERVICE.key(), e.getMessage());
        }
        WinsSettings wins;
        try {
            wins = NamingSettings.parseWins(winsServer);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.WINS_SERVER.key(), e.getMessage());
        }
        NodeType nodeType;
        try {
            nodeType = NamingSettings.parseNodeType(nodeTypeText);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.NODE_TYPE.key(), e.getMessage());
        }
        if (nodeType != null && nodeType != NodeType.B && wins == null) {
            throw new InvalidSettingException(SettingKey.NODE_TYPE.key(), "node type " + nodeType + " needs"
                    + " --wins-server ADDRESS (it registers and asks names at a WINS server)");
        }
        if (nodeType == NodeType.B && wins != null) {
            throw new InvalidSettingException(SettingKey.NODE_TYPE.key(), "node type B never asks the WINS server;"
                    + " choose P, M or H, or drop --wins-server");
        }
        Path file = null;
        if (!lmhosts.isBlank()) {
            file = Path.of(lmhosts.trim());
            if (!Files.isReadable(file)) {
                throw new InvalidSettingException(SettingKey.LMHOSTS.key(), "cannot read " + file
                        + " (an LMHOSTS file: IPv4 NAME [#PRE] [#DOM:domain] a line)");
            }
        }
        return naming.withWins(wins, nodeType).withLmhosts(file);
    }
}
