package org.mailslot.jms;

import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.slot.MailslotName;

/**
 * A destination name as parsed by {@link MailslotDestinations}.
 *
 * @param given   the name exactly as the user wrote it, option suffix included
 * @param slot    the parsed slot name
 * @param payload the payload chosen by a {@code ?payload=} suffix, or null for the factory's {@code jms.payload}
 */
record DestinationName(String given, MailslotName slot, PayloadFormat payload) {
}
