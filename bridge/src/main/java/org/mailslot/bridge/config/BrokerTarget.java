package org.mailslot.bridge.config;

/** Where ingress messages go: the broker the bridge embeds, or an existing Artemis broker or cluster. */
public sealed interface BrokerTarget {

    /** The bridge starts its own Artemis broker in this JVM. */
    record Embedded() implements BrokerTarget {
    }

    /** An existing broker reached through an Artemis core URL such as {@code tcp://mq1:61616}. */
    record Remote(String url) implements BrokerTarget {
    }
}
