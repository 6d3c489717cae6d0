package org.mailslot.wire;

/**
 * How the SMB part of a mailslot write is filled in for the fields a receiver ignores
 * (MAILSLOT-PROTOCOL §2.5). Receivers accept both; senders choose one.
 */
public enum SmbProfile {
    /**
     * The values of Microsoft's [MS-MAIL] §4 capture: SMB Flags 0x18, Flags2 0x0004, PID 0xFEFF,
     * MaxParameterCount 2, transaction Flags 0x0002 (no response), data 4-byte aligned relative to the SMB
     * header, ParameterOffset equal to DataOffset, priority word 0.
     */
    WINDOWS_CLIENT(0x18, 0x0004, 0xFEFF, 2, 0x0002, true, 0),
    /** Samba nmbd's values: all of those zero, data directly after the name, ParameterOffset 0, priority word 1. */
    SAMBA(0, 0, 0, 0, 0, false, 1);

    final int smbFlags;
    final int smbFlags2;
    final int processIdLow;
    final int maxParameterCount;
    final int transactionFlags;
    final boolean alignsData;
    private final int priority;

    SmbProfile(int smbFlags, int smbFlags2, int processIdLow, int maxParameterCount, int transactionFlags,
               boolean alignsData, int priority) {
        this.priority = priority;
        this.smbFlags = smbFlags;
        this.smbFlags2 = smbFlags2;
        this.processIdLow = processIdLow;
        this.maxParameterCount = maxParameterCount;
        this.transactionFlags = transactionFlags;
        this.alignsData = alignsData;
    }

    /**
     * The SMB priority word (Setup[1]) this sender writes: Windows ignores it on receipt and writes 0, nmbd writes
     * 1. A sender of this profile puts it in every datagram, whatever priority its caller had.
     */
    public int priority() {
        return priority;
    }
}
