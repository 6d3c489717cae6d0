package org.mailslot.itests.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.itests.support.RealPeers;

/**
 * Binding port 138 without the privilege for it fails with a message that says what to do. The host is started in
 * a child JVM whose capability bounding set lacks CAP_NET_BIND_SERVICE (via setpriv when we are root).
 */
class PrivilegedPortIT {

    private static final Path UNPRIVILEGED_PORT_START = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void port138WithoutPrivilegeSaysHowToGetIt() throws Exception {
        // Files.readString stops early on procfs files (their size reads as 0); read lines instead.
        int firstFree = Integer.parseInt(Files.readAllLines(UNPRIVILEGED_PORT_START).get(0).trim());
        RealPeers.assumeAvailable(firstFree > 138, "ip_unprivileged_port_start is " + firstFree
                + ", so port 138 needs no privilege here and the failure cannot be shown");
        boolean root = "0".equals(run(List.of("id", "-u")).trim());
        RealPeers.assumeAvailable(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "dropping CAP_NET_BIND_SERVICE as root needs setpriv (apt-get install util-linux)");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("/usr/bin/setpriv", "--bounding-set", "-net_bind_service", "--inh-caps",
                    "-net_bind_service", "--"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=off", "-cp", classPath,
                BindPrivilegedPort.class.getName(), "127.0.0.81"));

        String output = run(command);

        assertThat(output).contains("BIND FAILED: cannot bind UDP 127.0.0.81:138")
                .contains("run as root").contains("CAP_NET_BIND_SERVICE").contains("'port' setting");
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(50, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        return output;
    }
}
