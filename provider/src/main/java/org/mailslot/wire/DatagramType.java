package org.mailslot.wire;

/** The NetBIOS datagram MSG_TYPE values that carry a mailslot write (RFC 1002 §4.4.1). */
public enum DatagramType {
    /** 0x10: to a unique name (one computer). */
    DIRECT_UNIQUE(0x10),
    /** 0x11: to a group name (a domain or workgroup). */
    DIRECT_GROUP(0x11),
    /** 0x12: to every node; Windows never sends it, but receivers accept it. */
    BROADCAST(0x12);

    private final int code;

    DatagramType(int code) {
        this.code = code;
    }

    /** @return the MSG_TYPE byte */
    public int code() {
        return code;
    }

    /** @return true for group and broadcast datagrams, which carry at most 424 bytes on Windows */
    public boolean isGroup() {
        return this != DIRECT_UNIQUE;
    }

    /** @return the type with this MSG_TYPE byte, or null if it is not a mailslot-carrying type */
    static DatagramType ofCode(int code) {
        return switch (code) {
            case 0x10 -> DIRECT_UNIQUE;
            case 0x11 -> DIRECT_GROUP;
            case 0x12 -> BROADCAST;
            default -> null;
        };
    }
}
