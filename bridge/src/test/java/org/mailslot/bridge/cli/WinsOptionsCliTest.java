package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.InvalidSettingException;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.wire.NodeType;

/** {@code --wins-server}, {@code --node-type} and {@code --lmhosts}: parsed, refused under their own names, used. */
@Timeout(60)
class WinsOptionsCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static BridgeSettings parse(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new SettingsParser().parse(values);
    }

    @Test
    void aWinsServerMakesAnHNodeAndTheNodeTypeCanSayOtherwise() {
        BridgeSettings hybrid = parse("name-service", "on", "wins-server", "10.0.0.2");
        assertThat(hybrid.naming().effectiveNodeType()).isEqualTo(NodeType.H);
        assertThat(hybrid.naming().wins().serverText()).isEqualTo("10.0.0.2:137");
        assertThat(parse("wins-server", "10.0.0.2:1137", "node-type", "p").naming().effectiveNodeType())
                .isEqualTo(NodeType.P);
        assertThat(parse().naming().effectiveNodeType()).isEqualTo(NodeType.B);
    }

    @Test
    void wrongValuesAreRefusedUnderTheirOwnNames() {
        assertThatThrownBy(() -> parse("wins-server", "wins.corp")).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("--wins-server: 'wins.corp' is not an IPv4 address");
        assertThatThrownBy(() -> parse("node-type", "X")).hasMessageStartingWith("--node-type: 'X' is not a node type");
        assertThatThrownBy(() -> parse("node-type", "P"))
                .hasMessage("--node-type: node type P needs --wins-server ADDRESS (it registers and asks names at a"
                        + " WINS server)");
        assertThatThrownBy(() -> parse("node-type", "B", "wins-server", "10.0.0.2"))
                .hasMessageStartingWith("--node-type: node type B never asks the WINS server");
        assertThatThrownBy(() -> parse("lmhosts", "/no/such/lmhosts")).hasMessageStartingWith(
                "--lmhosts: cannot read /no/such/lmhosts");
    }

    @Test
    void sendWithAWinsServerButNoNameServiceIsOneUsageLine() {
        int code = tool("send",
                "--listen", "127.0.0.53:0", "--wins-server", "127.0.0.40", "\\\\X\\mailslot\\y", "z");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--wins-server: needs --name-service on (or a port)");
    }

    @Test
    void resolveFindsANameOfTheLmhostsFile(@TempDir Path directory) throws Exception {
        Path lmhosts = Files.writeString(directory.resolve("lmhosts"), "127.0.0.7 plc7 #PRE\n");
        int code = tool("resolve",
                "--listen", "127.0.0.53:13138", "--resolve-order", "static", "--lmhosts", lmhosts.toString(), "PLC7");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().trim()).isEqualTo("PLC7<00> 127.0.0.7:13138 (static)");
    }

    private int tool(String... args) {
        return MailslotTool.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
    }
}
