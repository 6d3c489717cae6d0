package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.RateLimit;
import picocli.CommandLine;

class BridgeCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return BridgeCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private void assertUsageError(String expected, String... args) {
        int code = run(args);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("mailslot-bridge: ").contains(expected).endsWith("(see --help)");
    }

    @Test
    void unknownOptionIsExitCode2AndOneLine() {
        assertUsageError("Unknown option: '--bogus'", "--bogus");
    }

    @Test
    void badValueIsExitCode2AndNamesTheOption() {
        assertUsageError("--tcp-port: 99999 is out of range 1..65535", "--tcp-port", "99999");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingOptionValueIsExitCode2() {
        assertUsageError("Missing required parameter for option '--listen'", "--listen");
    }

    @Test
    void missingConfigFileIsExitCode2() {
        assertUsageError("file not found", "--config", dir.resolve("nope.properties").toString());
    }

    @Test
    void unknownKeyInConfigFileIsExitCode2() throws IOException {
        Path file = Files.writeString(dir.resolve("bridge.properties"), "tcp-prot=61617\n");
        assertUsageError("unknown setting 'tcp-prot'", "--config", file.toString());
    }

    @Test
    void anonymousOnAPublicAcceptorIsExitCode2() {
        assertUsageError("refused", "--allow-anonymous", "--tcp-host", "0.0.0.0");
    }

    @Test
    void helpListsTheOptionsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--listen=ADDR:PORT", "--broker=embedded|URL", "--config=FILE",
                "--allow=PATTERN", "--rate-limit", "--duplicate-window", "--durable", "--version");
    }

    @Test
    void versionNamesTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("mailslot-bridge 0.");
    }

    @Test
    void commandLineWinsOverTheConfigFileKeyByKey() throws IOException {
        Path file = Files.writeString(dir.resolve("bridge.properties"), String.join("\n",
                "tcp-port=61617", "domain=plant", "rate-limit=5", "allow=a,b", "durable=true", ""));

        BridgeSettings s = settings("--config", file.toString(), "--tcp-port", "61618", "--allow", "c",
                "--durable=false");

        assertThat(s.tcpPort()).isEqualTo(61618);
        assertThat(s.allowedSlots()).containsExactly("c");
        assertThat(s.durable()).isFalse();
        assertThat(s.domain()).isEqualTo("PLANT");
        assertThat(s.rateLimit()).isEqualTo(new RateLimit(5, 5));
    }

    @Test
    void flagsWithoutValueMeanTrueAndRepeatedAllowAccumulates() {
        BridgeSettings s = settings("--durable", "--allow", "a", "--allow", "b,c");

        assertThat(s.durable()).isTrue();
        assertThat(s.allowedSlots()).containsExactly("a", "b", "c");
    }

    private BridgeSettings settings(String... args) {
        BridgeCommand command = new BridgeCommand(new PrintWriter(out), java.util.Map.of());
        new CommandLine(command).parseArgs(args);
        return command.settings();
    }
}
