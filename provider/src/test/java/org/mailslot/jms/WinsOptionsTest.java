package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.names.HostNames;
import org.mailslot.slot.HostSettings;
import org.mailslot.wire.NodeType;

/** The URI keys winsServer, nodeType and lmhosts: what they set, and how a wrong value is refused. */
class WinsOptionsTest {

    private static final String HOST = "mailslot://127.0.0.9:13800?";

    @Test
    void aWinsServerMakesAnHNodeUnlessTheNodeTypeSaysOtherwise() {
        HostSettings hybrid = MailslotOptions.parse(HOST + "nameService=13700&winsServer=127.0.0.40").toHostSettings();
        assertThat(hybrid.naming().effectiveNodeType()).isEqualTo(NodeType.H);
        assertThat(hybrid.nodeType()).as("the datagrams' node type follows").isEqualTo(NodeType.H);
        assertThat(hybrid.naming().wins().server().getPort()).isEqualTo(137);

        HostSettings p = MailslotOptions.parse(HOST + "nameService=on&winsServer=127.0.0.40:13700&nodeType=p")
                .toHostSettings();
        assertThat(p.naming().effectiveNodeType()).isEqualTo(NodeType.P);
        assertThat(p.naming().wins().serverText()).isEqualTo("127.0.0.40:13700");
        assertThat(MailslotOptions.parse(HOST + "nameService=on&winsServer=127.0.0.40&nodeType=M").toHostSettings()
                .nodeType()).isEqualTo(NodeType.M);

        HostSettings plain = MailslotOptions.parse(HOST).toHostSettings();
        assertThat(plain.nodeType()).isEqualTo(NodeType.B);
        assertThat(plain.naming().wins()).isNull();
    }

    @Test
    void wrongCombinationsAndValuesNameTheKey() {
        assertThatThrownBy(() -> MailslotOptions.parse(HOST + "nodeType=P"))
                .hasMessage("Mailslot option 'nodeType' must be B without winsServer (node type P registers and asks"
                        + " names at a WINS server; set winsServer=ADDRESS)");
        assertThatThrownBy(() -> MailslotOptions.parse(HOST + "nameService=on&winsServer=127.0.0.40&nodeType=B"))
                .hasMessageContaining("'nodeType'").hasMessageContaining("never asks the WINS server");
        assertThatThrownBy(() -> MailslotOptions.parse(HOST + "winsServer=127.0.0.40"))
                .hasMessageContaining("'winsServer'").hasMessageContaining("nameService=on");
        assertThatThrownBy(() -> MailslotOptions.parse(HOST + "nameService=on&winsServer=wins.example.com"))
                .hasMessageContaining("'winsServer'").hasMessageContaining("not an IPv4 address");
        assertThatThrownBy(() -> MailslotOptions.parse(HOST + "nameService=on&winsServer=127.0.0.40:0"))
                .hasMessageContaining("'winsServer'").hasMessageContaining("1..65535");
        assertThatThrownBy(() -> MailslotOptions.parse(HOST + "nodeType=X"))
                .hasMessageContaining("'nodeType'").hasMessageContaining("B, P, M or H");
        assertThatThrownBy(() -> MailslotOptions.parse(HOST + "lmhosts=/no/such/lmhosts"))
                .hasMessage("Mailslot option 'lmhosts' must be a readable LMHOSTS file (/no/such/lmhosts cannot be"
                        + " read)");
    }

    @Test
    void lmhostsEntriesJoinTheStaticTableAndAnExplicitNameWins(@TempDir Path directory) throws Exception {
        Path lmhosts = directory.resolve("lmhosts");
        Files.writeString(lmhosts, "127.0.0.7 plc7 #PRE\n127.0.0.8 plc8\nnot-an-entry\n");
        HostSettings host = MailslotOptions.parse(HOST + "lmhosts=" + lmhosts + "&names=PLC8=127.0.0.88")
                .toHostSettings();

        assertThat(HostNames.staticNames(host.staticNames(), host.naming().lmhosts()))
                .containsEntry("PLC7", InetAddress.getByName("127.0.0.7"))
                .containsEntry("PLC8", InetAddress.getByName("127.0.0.88"))
                .hasSize(2);
    }
}
