package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.util.Map;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.mailslot.slot.MailslotName;

class MailslotToolTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MailslotTool.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
    }

    private void assertUsageError(String expected, String... args) {
        err.getBuffer().setLength(0);
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("mailslot: ").contains(expected).endsWith("(see --help)");
    }

    @Test
    void sendNeedsTextOrFileButNotBoth() {
        assertUsageError("give the message as TEXT or as --file FILE", "send", "demo");
        assertUsageError("give the message as TEXT or as --file FILE", "send", "--file", "x.bin", "demo", "text");
    }

    @Test
    void badNamesAndOptionsAreOneLine() {
        assertUsageError("NAME '\\\\HOST\\pipe\\x'", "send", "\\\\HOST\\pipe\\x", "text");
        assertUsageError("--listen: '127.0.0.1' is not ADDR:PORT", "send", "--listen", "127.0.0.1", "demo", "x");
        assertUsageError("--static-name: 'BRIDGE' is not NAME=ADDR", "listen", "--static-name", "BRIDGE", "demo");
        assertUsageError("Unknown option: '--bogus'", "listen", "--bogus", "demo");
    }

    @Test
    void plainSendNameIsABroadcastToTheWorkgroup() {
        assertThat(SendCommand.targetOf("status")).isEqualTo(MailslotName.parse("\\\\*\\mailslot\\status"));
        assertThat(SendCommand.targetOf("\\\\PLC7\\mailslot\\cmd").server()).isEqualTo("PLC7");
    }

    @Test
    void helpListsBothCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("send", "listen");
    }

    @Test
    void listenLinesShowTextEnvelopesAndHex() throws Exception {
        assertThat(BodyText.of("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("hello");
        assertThat(BodyText.of(new byte[] {0, 1, (byte) 0xFF})).isEqualTo("hex 0001ff");
        byte[] envelope = org.mailslot.jms.payload.EnvelopeCodec.encode(
                new org.mailslot.jms.message.MailslotTextMessage("typed"));
        assertThat(BodyText.of(envelope)).startsWith("[JMS TextMessage").endsWith("] typed");
    }
}
