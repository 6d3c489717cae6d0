package org.mailslot.slot;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * A snapshot of a slot's state, as GetMailslotInfo reports it.
 *
 * @param maxMessageSize  the largest message the slot accepts, 0 for any size
 * @param nextMessageSize the size of the next message, empty when the slot is empty (MAILSLOT_NO_MESSAGE)
 * @param messageCount    the number of unread messages
 * @param readTimeout     the slot's read timeout; {@link Mailslot#WAIT_FOREVER} for no limit
 */
public record MailslotInfo(int maxMessageSize, OptionalInt nextMessageSize, int messageCount, Duration readTimeout) {
}
