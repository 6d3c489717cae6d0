package org.mailslot.wire;

/**
 * Thrown by {@link MailslotCodec#encode} when a message is larger than the limit for its target. The message
 * names the size, the limit and the rule that set it.
 */
public final class MessageTooLargeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int size;
    private final int limit;

    /**
     * @param size  the payload size that was refused, in bytes
     * @param limit the largest payload allowed for this target, in bytes
     * @param rule  the rule behind the limit, e.g. "group datagrams carry at most 424 bytes"
     */
    public MessageTooLargeException(int size, int limit, String rule) {
        super("message of " + size + " bytes exceeds the limit of " + limit + " bytes: " + rule);
        this.size = size;
        this.limit = limit;
    }

    /** @return the payload size that was refused, in bytes */
    public int size() {
        return size;
    }

    /** @return the largest payload allowed for this target, in bytes */
    public int limit() {
        return limit;
    }
}
