package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.CredentialsFile;
import picocli.CommandLine;

/** Generated credentials stay put in the data directory; configured passwords need not be on the command line. */
class CredentialsFileTest {

    @TempDir
    Path dir;

    @Test
    void generatedCredentialsAreKeptOwnerOnlyAndStableAcrossRestarts() throws Exception {
        BrokerCredentials first = CredentialsFile.loadOrCreate(dir, new SecureRandom());
        BrokerCredentials second = CredentialsFile.loadOrCreate(dir, new SecureRandom());

        assertThat(second).isEqualTo(first);
        assertThat(first.user()).isEqualTo("mailslot");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(CredentialsFile.in(dir))))
                .isEqualTo("rw-------");
    }

    @Test
    void aBrokenCredentialsFileSaysHowToRecover() throws Exception {
        Files.writeString(CredentialsFile.in(dir), "user=mailslot\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CredentialsFile.load(CredentialsFile.in(dir)))
                .hasMessageContaining("delete it");
    }

    @Test
    void passwordFromAFileOrTheEnvironment() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "s3cret\n");

        assertThat(settings(Map.of(), "--broker-user", "ops", "--broker-password-file", secret.toString())
                .credentials()).contains(new BrokerCredentials("ops", "s3cret"));
        assertThat(settings(Map.of(BridgeCommand.PASSWORD_VARIABLE, "fromenv"), "--broker-user", "ops")
                .credentials()).contains(new BrokerCredentials("ops", "fromenv"));
        // The file wins over the environment, as the command line wins over the config file.
        assertThat(settings(Map.of(BridgeCommand.PASSWORD_VARIABLE, "fromenv"), "--broker-user", "ops",
                "--broker-password-file", secret.toString()).credentials().orElseThrow().password()).isEqualTo("s3cret");
    }

    @Test
    void anUnreadablePasswordFileIsAUsageErrorNamingTheOption() {
        StringWriter err = new StringWriter();
        int code = BridgeCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true), Map.of())
                .execute("--broker-user", "ops", "--broker-password-file", dir.resolve("missing").toString());
        assertThat(code).isEqualTo(BridgeCli.EXIT_USAGE);
        assertThat(err.toString()).startsWith("mailslot-bridge: --broker-password-file: cannot read");
    }

    private static BridgeSettings settings(Map<String, String> env, String... args) {
        BridgeCommand command = new BridgeCommand(new PrintWriter(new StringWriter()), env);
        new CommandLine(command).parseArgs(args);
        return command.settings();
    }
}
