package org.mailslot.net;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The NetBIOS computer name a host takes when none is configured, derived from the machine's host name as Windows
 * derives it: the first DNS label, in upper case, cut to 15 characters, keeping only letters, digits, '-' and '_'.
 *
 * <p>The host name is read without a name lookup where the platform allows it (Linux's kernel host name,
 * Windows' {@code COMPUTERNAME}): {@link InetAddress#getLocalHost()} also resolves the name, which can send a DNS
 * query and cost milliseconds before the first message.
 */
public final class LocalComputerName {

    private static final String KERNEL_HOST_NAME = "/proc/sys/kernel/hostname";
    private static final int MAX_LENGTH = 15;

    private LocalComputerName() {
    }

    /** @return the computer name derived from this machine's host name, or empty when it has no usable one */
    public static Optional<String> derive() {
        return hostName().map(LocalComputerName::fromHostName).filter(name -> !name.isEmpty());
    }

    /**
     * The computer name for a host name.
     *
     * @return the first label, upper case, within 15 characters; empty when no character is usable
     */
    public static String fromHostName(String hostName) {
        StringBuilder name = new StringBuilder(MAX_LENGTH);
        for (int i = 0; i < hostName.length() && hostName.charAt(i) != '.' && name.length() < MAX_LENGTH; i++) {
            char c = hostName.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                name.append(c);
            }
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }

    private static Optional<String> hostName() {
        // A plain stream: java.nio.file's channels would be two dozen classes more before the first message.
        try (FileInputStream in = new FileInputStream(KERNEL_HOST_NAME)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            // not Linux, or not readable: the other sources
        }
        String windows = System.getenv("COMPUTERNAME");
        if (windows != null && !windows.isBlank()) {
            return Optional.of(windows);
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
