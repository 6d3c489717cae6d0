package org.mailslot.bridge.mapping;

import java.util.Map;
import java.util.Objects;

/**
 * What the bridge publishes for one datagram, independent of any broker API.
 *
 * @param address     broker address, e.g. {@code mailslot.net.netlogon}
 * @param routing     queue (unique writes) or topic (group writes)
 * @param duplicateId the broker's duplicate-detection id ({@code _AMQ_DUPL_ID}), unique per forwarded datagram
 * @param properties  message properties ({@link MailslotProperties}); values are String, Integer or Long
 * @param body        the body
 */
public record IngressMessage(String address, RoutingKind routing, String duplicateId,
                             Map<String, Object> properties, MappedBody body) {

    public IngressMessage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(duplicateId, "duplicateId");
        Objects.requireNonNull(body, "body");
        // The mapper's own immutable map is kept as it is; any other is copied.
        properties = properties instanceof IngressProperties ? properties : Map.copyOf(properties);
    }
}
