package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.itests.support.RealPeers;

/**
 * The bridge started by an unprivileged user on port 138: it exits with code 1 and one line saying to choose
 * another port with {@code --listen} or to grant CAP_NET_BIND_SERVICE / run as root. Needs root (to become
 * {@code nobody} with setpriv).
 */
@Timeout(60)
class PrivilegedPortIT {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    @TempDir
    Path workDir;

    @Test
    void refusedPort138SaysWhatToDoInOneLine() throws Exception {
        RealPeers.assumeAvailable(Files.isExecutable(SETPRIV) && "root".equals(System.getProperty("user.name")),
                "root and setpriv (util-linux) to run the bridge as nobody");
        workDir.toFile().setWritable(true, false);
        Path script = Path.of("..", "bridge", "bin", "mailslot-bridge").toAbsolutePath().normalize();
        Path stderr = workDir.resolve("stderr");
        Process bridge = new ProcessBuilder(List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534",
                "--clear-groups", script.toString(), "--listen", "127.0.0.1:138",
                "--tcp-port", Integer.toString(RunningBridge.freeTcpPort())))
                .directory(workDir.toFile()).redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();

        assertThat(bridge.waitFor(40, TimeUnit.SECONDS)).isTrue();
        assertThat(bridge.exitValue()).isEqualTo(1);
        List<String> lines = Files.readAllLines(stderr);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("mailslot-bridge: cannot listen on UDP 127.0.0.1:138 (Permission denied)")
                .contains("use --listen ADDR:PORT with a port above 1023", "CAP_NET_BIND_SERVICE", "run as root");
    }
}
