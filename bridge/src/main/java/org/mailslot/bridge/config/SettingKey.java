package org.mailslot.bridge.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every setting the bridge accepts. The key is both the long option name (without "--") and the key in a
 * {@code --config} properties file, so the two sources can never drift apart.
 */
public enum SettingKey {
    LISTEN("listen"),
    COMPUTER_NAME("computer-name"),
    DOMAIN("domain"),
    SCOPE("scope"),
    RECEIVE_NAME_TYPES("receive-name-types"),
    WIRE_LIMITS("wire-limits"),
    CODE_PAGE("code-page"),
    BROADCAST("broadcast"),
    BROKER("broker"),
    BROKER_USER("broker-user"),
    BROKER_PASSWORD("broker-password"),
    BROKER_PASSWORD_FILE("broker-password-file"),
    TCP_HOST("tcp-host"),
    TCP_PORT("tcp-port"),
    TLS_PORT("tls-port"),
    TLS_KEYSTORE("tls-keystore"),
    TLS_KEYSTORE_PASSWORD_FILE("tls-keystore-password-file"),
    ALLOW_ANONYMOUS("allow-anonymous"),
    DATA_DIR("data-dir"),
    DURABLE("durable"),
    ALLOW("allow"),
    RATE_LIMIT("rate-limit"),
    DUPLICATE_WINDOW("duplicate-window"),
    MAX_SLOTS("max-slots"),
    SLOT_IDLE("slot-idle"),
    SUMMARY_INTERVAL("summary-interval"),
    ALLOW_OBJECT_CLASS("allow-object-class"),
    INGRESS_BUFFER("ingress-buffer"),
    EGRESS_ADDRESS("egress-address"),
    EGRESS_DEAD_LETTER_ADDRESS("egress-dead-letter-address"),
    ADDRESS_PREFIX("address-prefix"),
    EGRESS_PAYLOAD("egress-payload"),
    STATIC_NAME("static-name"),
    NAME_SERVICE("name-service"),
    RESOLVE_ORDER("resolve-order"),
    WINS_SERVER("wins-server"),
    NODE_TYPE("node-type"),
    LMHOSTS("lmhosts");

    private final String key;

    SettingKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<SettingKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
