package org.mailslot.bridge.config;

/**
 * How many datagrams one source address may send per second, with a burst of up to {@code burst} at once.
 * {@link #UNLIMITED} turns the check off.
 */
public record RateLimit(int perSecond, int burst) {

    public static final RateLimit UNLIMITED = new RateLimit(0, 0);

    public RateLimit {
        if (perSecond < 0 || burst < 0) {
            throw new IllegalArgumentException("a rate limit cannot be negative");
        }
        if ((perSecond == 0) != (burst == 0)) {
            throw new IllegalArgumentException("rate and burst must both be zero (unlimited) or both positive");
        }
    }

    public boolean isUnlimited() {
        return perSecond == 0;
    }
}
