package org.mailslot.bridge.udp;

import java.io.IOException;
import java.net.BindException;
import java.time.Duration;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.InvalidSettingException;
import org.mailslot.bridge.config.SettingKey;
import org.mailslot.names.NameServiceBindException;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.MailslotHost;

/**
 * Starts a mailslot host from the bridge's network settings ({@code --listen}, {@code --computer-name},
 * {@code --domain}, {@code --scope}, {@code --broadcast}, {@code --static-name}); used by the bridge and by the operator commands.
 */
public final class HostOpener {

    private HostOpener() {
    }

    /**
     * A host for the operator commands: slots, with the host's own duplicate suppression.
     *
     * @throws ListenException when the UDP address cannot be bound, saying which option to change
     * @throws IOException     when the sockets cannot be set up otherwise
     */
    public static MailslotHost open(BridgeSettings settings) throws IOException {
        return open(settings, HostSettings.DEFAULT_DUPLICATE_WINDOW);
    }

    /**
     * A host for the bridge, which creates no slot and leaves duplicates to the broker's duplicate detection:
     * the host's own filter would only cost time on the reader thread.
     */
    static MailslotHost openWithoutDuplicateFilter(BridgeSettings settings) throws IOException {
        return open(settings, Duration.ZERO);
    }

    private static MailslotHost open(BridgeSettings settings, Duration duplicateWindow) throws IOException {
        if (settings.naming().wins() != null && !settings.naming().nameServiceEnabled()) {
            throw new InvalidSettingException(SettingKey.WINS_SERVER.key(), "needs --name-service on (or a port):"
                    + " our names are registered with the WINS server through the name service");
        }
        HostSettings.Builder builder = HostSettings.builder(settings.computerName())
                .duplicateWindow(duplicateWindow)
                .domain(settings.domain())
                .scope(settings.scope())
                .wireLimits(settings.wireLimits())
                .codePage(settings.codePage())
                .bindAddress(settings.listen().getAddress())
                .port(settings.listen().getPort())
                .naming(settings.naming());
        settings.broadcast().ifPresent(builder::broadcastAddress);
        settings.staticNames().forEach(builder::staticName);
        settings.receiveNameTypes().forEach(builder::receiveNameType);
        try {
            return MailslotHost.start(builder.build());
        } catch (NameServiceBindException e) {
            throw new IOException(e.getMessage() + " (--name-service off, or --name-service PORT)", e);
        } catch (BindException e) {
            throw ListenException.of(settings.listen(), e);
        }
    }
}
