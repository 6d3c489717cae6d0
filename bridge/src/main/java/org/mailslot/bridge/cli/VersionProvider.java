package org.mailslot.bridge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version}: the name of the command the user typed ({@code mailslot} or {@code mailslot-bridge}) and the
 * project version Maven wrote into {@code mailslot-bridge-version.properties}.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/mailslot-bridge-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        String command = spec == null ? "mailslot-bridge" : spec.root().name();
        return new String[] {command + " " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
