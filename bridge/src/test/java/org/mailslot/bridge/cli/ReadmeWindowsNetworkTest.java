package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.SettingsParser;

/**
 * README's "Joining a Windows network" command, read from README.md and parsed as the bridge parses its command
 * line: it must mean what the section says (port 138 on every interface, the computer name and workgroup given, the
 * name service on UDP 137, a B-node). It is not started: it would bind port 138 and broadcast off this machine.
 */
class ReadmeWindowsNetworkTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String COMMAND = "bridge/bin/mailslot-bridge --listen 0.0.0.0:138";

    @Test
    void theCommandMeansWhatTheSectionSays() throws Exception {
        List<String> lines = Files.readAllLines(README);
        int section = lines.indexOf("## Joining a Windows network");
        assertThat(section).as("README has the section").isNotNegative();
        String command = lines.subList(section, lines.size()).stream().filter(l -> l.startsWith(COMMAND)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + COMMAND + "' line in the section"));

        BridgeSettings settings = new SettingsParser().parse(options(command));

        assertThat(settings.listen().getPort()).isEqualTo(138);
        assertThat(settings.listen().getAddress().isAnyLocalAddress()).isTrue();
        assertThat(settings.computerName()).isEqualTo("JAVAHOST");
        assertThat(settings.domain()).isEqualTo("WORKGROUP");
        assertThat(settings.naming().nameServiceEnabled()).isTrue();
        assertThat(settings.naming().nameServicePort()).isEqualTo(137);
    }

    // "--key value" pairs after the script's name, as picocli hands them to the parser.
    private static Map<String, String> options(String command) {
        List<String> words = Arrays.asList(command.trim().split("\\s+", -1));
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i + 1 < words.size(); i += 2) {
            assertThat(words.get(i)).startsWith("--");
            values.put(words.get(i).substring(2), words.get(i + 1));
        }
        return values;
    }
}
