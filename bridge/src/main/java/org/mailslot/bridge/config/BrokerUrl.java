package org.mailslot.bridge.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a remote broker URL against the forms Artemis's core client documents, so a typo fails at start with one
 * line instead of later inside the client: one server {@code tcp://host:port}, a list
 * {@code (tcp://a:61616,tcp://b:61616)}, or discovery {@code udp://group:port} / {@code jgroups://channel}, each
 * optionally followed by {@code ?name=value} parameters joined with {@code &} or {@code ;} (for example
 * {@code ha=true}, {@code reconnectAttempts=-1}, {@code sslEnabled=true}). Hosts are names, IPv4 literals or
 * bracketed IPv6 literals; ports are 1..65535 and required (Artemis has no default for them).
 */
public final class BrokerUrl {

    private static final Pattern SERVER =
            Pattern.compile("tcp://(\\[[0-9A-Fa-f:.%]+]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:([0-9]{1,5}))?");
    private static final Pattern DISCOVERY =
            Pattern.compile("(udp://([0-9.]+|\\[[0-9A-Fa-f:]+]):[0-9]{1,5}|jgroups://[A-Za-z0-9._-]+)");
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9.]*=[^&;=\\s]*");

    private BrokerUrl() {
    }

    /**
     * @return the servers the URL names ({@code tcp://host:port} each; empty for discovery)
     * @throws IllegalArgumentException saying what is wrong and showing the accepted form
     */
    public static List<String> check(String url) {
        int query = url.indexOf('?');
        String servers = query < 0 ? url : url.substring(0, query);
        if (query >= 0) {
            checkParameters(url, url.substring(query + 1));
        }
        if (DISCOVERY.matcher(servers).matches()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        if (servers.startsWith("(") && servers.endsWith(")")) {
            for (String server : servers.substring(1, servers.length() - 1).split(",", -1)) {
                found.add(checkServer(url, server));
            }
        } else if (servers.contains(",")) {
            throw invalid(url, "a list of servers is written in parentheses: (tcp://a:61616,tcp://b:61616)");
        } else {
            found.add(checkServer(url, servers));
        }
        return found;
    }

    private static String checkServer(String url, String server) {
        Matcher m = SERVER.matcher(server);
        if (!m.matches()) {
            throw invalid(url, "'" + server + "' is not tcp://host:port");
        }
        if (m.group(4) == null) {
            throw invalid(url, "'" + server + "' has no port; write " + server + ":61616");
        }
        int port = Integer.parseInt(m.group(4));
        if (port < 1 || port > 65535) {
            throw invalid(url, "port " + port + " of '" + server + "' is not 1..65535");
        }
        return server;
    }

    private static void checkParameters(String url, String parameters) {
        for (String parameter : parameters.split("[&;]", -1)) {
            if (!PARAMETER.matcher(parameter).matches()) {
                throw invalid(url, "'" + parameter + "' is not a name=value parameter");
            }
        }
    }

    private static IllegalArgumentException invalid(String url, String problem) {
        return new IllegalArgumentException("'" + url + "': " + problem + " (forms: tcp://host:61616,"
                + " (tcp://a:61616,tcp://b:61616)?ha=true, udp://231.7.7.7:9876)");
    }
}
