package org.mailslot.bridge.config;

import java.security.SecureRandom;
import java.util.Objects;

/** A broker user and password. {@link #toString()} never shows the password, so it is safe to log. */
public record BrokerCredentials(String user, String password) {

    private static final String PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 24;

    public BrokerCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank()) {
            throw new IllegalArgumentException("the broker user must not be blank");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the broker password must not be empty");
        }
    }

    /** User {@code mailslot} with a fresh random password (about 140 bits), for a broker nobody configured. */
    public static BrokerCredentials generate(SecureRandom random) {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return new BrokerCredentials("mailslot", password.toString());
    }

    @Override
    public String toString() {
        return "BrokerCredentials[user=" + user + ", password=***]";
    }
}
