package org.mailslot.itests.host;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the name-service tests run beside our code: nmblookup inside the namespace, and the mailslot command. */
final class NmbTools {

    private NmbTools() {
    }

    /** Runs {@code nmblookup -s <nmbd's smb.conf> ARGS} inside the namespace; its output, stdout and stderr. */
    static String nmblookup(VethNamespace namespace, NmbdPeer nmbd, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("nmblookup", "-s", nmbd.configFile().toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(namespace.insideCommand(command.toArray(String[]::new)))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("nmblookup finished").isTrue();
        return output;
    }

    /** The operator command as its launcher runs it: a separate JVM on this test's class path; must exit 0. */
    static String mailslotCommand(String command, List<String> network, String argument) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                "org.mailslot.bridge.cli.ToolMain", command));
        line.addAll(network);
        line.add(argument);
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("mailslot %s finished", command).isTrue();
        assertThat(process.exitValue()).as("mailslot %s: %s", command, output).isZero();
        return output;
    }

    /** Stops nmbd, then, whatever happened, the capture and the namespace; any of them may be null. */
    static void stopPeer(NmbdPeer nmbd, NameServiceCapture capture, VethNamespace namespace) throws Exception {
        try {
            if (nmbd != null) {
                nmbd.close();
            }
        } finally {
            if (capture != null) {
                capture.close();
            }
            if (namespace != null) {
                namespace.close();
            }
        }
    }
}
