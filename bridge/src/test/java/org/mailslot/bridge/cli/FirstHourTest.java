package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a new user types and reads in the first hour: one default for every command and every way of configuring
 * it, help that says what happens, errors that name what can be typed, versions that name the command.
 */
class FirstHourTest {

    private static final InetSocketAddress SAFE_DEFAULT = new InetSocketAddress("127.0.0.1", 11138);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @BeforeEach
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private int bridge(String... args) {
        return BridgeCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of()).execute(args);
    }

    private int tool(String... args) {
        return MailslotTool.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
    }

    @Test
    void everyCommandAndEveryConfigurationListensOnLoopbackByDefault() throws Exception {
        BridgeCommand plain = new BridgeCommand(new PrintWriter(out), Map.of());
        new CommandLine(plain).parseArgs();
        assertThat(plain.settings().listen()).isEqualTo(SAFE_DEFAULT);

        Path config = Files.writeString(dir.resolve("bridge.properties"), "tcp-port=61617\n");
        BridgeCommand configured = new BridgeCommand(new PrintWriter(out), Map.of());
        new CommandLine(configured).parseArgs("--config", config.toString());
        assertThat(configured.settings().listen()).isEqualTo(SAFE_DEFAULT);

        PrintWriter writer = new PrintWriter(out);
        for (Object command : new Object[] {new SendCommand(writer), new ListenCommand(writer)}) {
            CommandLine cl = new CommandLine(command);
            cl.parseArgs("demo");
            HostOptions host = command instanceof SendCommand s ? s.host : ((ListenCommand) command).host;
            assertThat(host.settings().listen()).isEqualTo(SAFE_DEFAULT);
        }
    }

    @Test
    void helpSaysWhatActuallyHappens() {
        assertThat(bridge("--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("(default 127.0.0.1:11138: loopback only").doesNotContain("default 0.0.0.0:138")
                .contains("mailslot-bridge-data in the current directory").doesNotContain(". /");
        out.getBuffer().setLength(0);
        assertThat(tool("listen", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("(default 127.0.0.1:11138");
    }

    @Test
    void versionNamesTheCommandTyped() {
        assertThat(tool("--version")).isZero();
        assertThat(out.toString()).startsWith("mailslot 0.");
        out.getBuffer().setLength(0);
        assertThat(bridge("--version")).isZero();
        assertThat(out.toString()).startsWith("mailslot-bridge 0.");
    }

    @Test
    void aMistypedOptionOrCommandSuggestsTheNearest() {
        assertThat(bridge("--lisen=127.0.0.1:138")).isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString()).contains("Unknown option: '--lisen").contains("; did you mean --listen?");
        err.getBuffer().setLength(0);
        assertThat(tool("lisen", "demo")).isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString().lines().toList()).singleElement().asString().contains("did you mean listen?");
    }

    @Test
    void anOversizeSendNamesTheLimitAndThatNoOptionRaisesIt() {
        String big = "a".repeat(2000);
        assertThat(tool("send", "--listen", "127.0.0.1:0", "\\\\PLC7\\mailslot\\demo", big))
                .isEqualTo(BridgeCli.EXIT_USAGE);
        String line = err.toString().lines().findFirst().orElseThrow();
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(line).contains("2000 bytes", "unique write to \\\\PLC7\\mailslot\\demo", "at most 428 bytes",
                "no option to raise").doesNotContain("WireLimits");

        err.getBuffer().setLength(0);
        assertThat(tool("send", "--listen", "127.0.0.1:0", "demo", "b".repeat(600))).isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString()).contains("group write to \\\\*\\mailslot\\demo carries at most 424 bytes")
                .contains("\\\\COMPUTER\\mailslot\\").doesNotContain("WireLimits");
    }

    @Test
    void theSambaProfileRefusesWhatNmbdWouldDropAndNamesTheOption() {
        assertThat(tool("send", "--listen", "127.0.0.1:0", "--wire-limits", "samba", "\\\\PLC7\\mailslot\\TEST",
                "c".repeat(411))).isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString().lines()).singleElement().asString().contains("411 bytes", "at most 410 bytes",
                "--wire-limits samba", "576 bytes");

        err.getBuffer().setLength(0);
        assertThat(tool("send", "--listen", "127.0.0.1:0", "--wire-limits", "linux", "demo", "x"))
                .isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--wire-limits: 'linux' is not windows or samba");
    }

    @Test
    void aSlotNameTheCodePageCannotWriteIsRefusedNamingTheOption() {
        assertThat(tool("send", "--listen", "127.0.0.1:0", "\\\\PLC7\\mailslot\\\u0151", "x"))
                .isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString().lines()).singleElement().asString().contains("'\u0151' (U+0151)",
                "OEM code page 850", "--code-page 850");

        err.getBuffer().setLength(0);
        assertThat(tool("send", "--listen", "127.0.0.1:0", "--code-page", "437", "\\\\PLC7\\mailslot\\K\u00f8GE",
                "x")).isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString()).contains("'\u00f8' (U+00F8)", "OEM code page 437");

        err.getBuffer().setLength(0);
        assertThat(tool("listen", "--listen", "127.0.0.1:0", "--code-page", "utf-8", "demo"))
                .isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--code-page: code page 'utf-8' cannot be used", "supported: 437, 850");
    }

    @Test
    void produceWithoutADestinationSaysWhatToGive() {
        assertThat(tool("produce", "hello")).isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--target UNC").contains("--destination");
    }
}
