package org.mailslot.bridge.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The embedded broker's optional TLS acceptor: its port (on the {@code --tcp-host} address) and the PKCS#12
 * keystore holding its key and certificate. {@link #toString()} never shows the password, so it is safe to log.
 */
public record TlsAcceptor(int port, Path keyStore, String keyStorePassword) {

    public TlsAcceptor {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
    }

    @Override
    public String toString() {
        return "TlsAcceptor[port=" + port + ", keyStore=" + keyStore + ", keyStorePassword=***]";
    }
}
