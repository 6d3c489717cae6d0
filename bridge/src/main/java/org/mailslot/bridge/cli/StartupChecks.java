package org.mailslot.bridge.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.BrokerTarget;
import org.mailslot.bridge.config.CredentialsFile;

/**
 * What {@code mailslot-bridge} checks before it binds anything, so that each likely mistake ends in one line that
 * says what to do instead of a hang or a stack trace: the UDP address taken by another process, the data
 * directory missing, unwritable or used by another bridge, the broker's TCP port taken. Then it fills in the
 * embedded broker's credentials from the data directory.
 */
final class StartupChecks {

    private StartupChecks() {
    }

    /** The settings to start with, the data directory held for this process, where the credentials are kept. */
    record Claimed(BridgeSettings settings, Optional<DataDirectoryLock> lock, Optional<Path> credentialsFile)
            implements AutoCloseable {
        @Override
        public void close() {
            lock.ifPresent(DataDirectoryLock::close);
        }
    }

    /**
     * Runs the checks and claims the data directory.
     *
     * @throws CommandFailure saying what is wrong and what to do
     */
    static Claimed claim(BridgeSettings settings) {
        UdpPortCheck.requireFree(settings.listen());
        if (!(settings.broker() instanceof BrokerTarget.Embedded)) {
            return new Claimed(settings, Optional.empty(), Optional.empty());
        }
        Path dataDir = settings.dataDir().toAbsolutePath();
        DataDirectoryLock lock = DataDirectoryLock.claim(dataDir, settings.listen());
        try {
            requireTcpPortFree(settings.tcpHost(), settings.tcpPort(), "--tcp-port");
            if (settings.tls().isPresent()) {
                requireTcpPortFree(settings.tcpHost(), settings.tls().get().port(), "--tls-port");
            }
            if (settings.credentials().isPresent() || settings.allowAnonymous()) {
                return new Claimed(settings, Optional.of(lock), Optional.empty());
            }
            Path file = CredentialsFile.in(dataDir);
            try {
                return new Claimed(settings.withCredentials(CredentialsFile.loadOrCreate(dataDir, new SecureRandom())),
                        Optional.of(lock), Optional.of(file));
            } catch (IOException e) {
                throw new CommandFailure("cannot keep the broker credentials in " + file + " (" + e.getMessage()
                        + "); fix the file's permissions, delete it to have new ones generated, or give"
                        + " --broker-user and --broker-password-file", e);
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void requireTcpPortFree(InetAddress host, int port, String option) {
        // Reuse on, as the broker's acceptor has it: a socket lingering in TIME_WAIT does not count as taken.
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new CommandFailure("TCP " + host.getHostAddress() + ":" + port + " for the broker's clients is"
                    + " taken by another process (" + e.getMessage() + "); stop it or choose another " + option + " PORT",
                    e);
        }
    }

    /** Makes sure a directory exists and this process may write in it. */
    static void requireWritableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CommandFailure("cannot create the data directory " + dir + " (" + e + "); create it, fix"
                    + " its parent's permissions or choose another with --data-dir DIR", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new CommandFailure("cannot write in the data directory " + dir + "; fix its permissions or"
                    + " choose another with --data-dir DIR", null);
        }
    }
}
