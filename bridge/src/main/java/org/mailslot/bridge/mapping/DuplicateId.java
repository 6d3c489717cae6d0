package org.mailslot.bridge.mapping;

import java.util.zip.CRC32C;

/**
 * The duplicate-detection id of a datagram (DESIGN §4): sender IP from the NetBIOS header, DGM_ID, slot (case
 * folded) and a hash of the data. Every copy of one write (one per transport, one per receiving socket) has the
 * same id, so the broker keeps the first and drops the rest.
 */
public final class DuplicateId {

    private DuplicateId() {
    }

    public static String of(int sourceIp, int datagramId, SlotPath slot, byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        return new StringBuilder(64)
                .append(sourceIp >>> 24).append('.').append(sourceIp >>> 16 & 0xFF).append('.')
                .append(sourceIp >>> 8 & 0xFF).append('.').append(sourceIp & 0xFF)
                .append('/').append(datagramId)
                .append('/').append(slot.lowerCase())
                .append('/').append(data.length)
                .append('/').append(Long.toHexString(crc.getValue()))
                .toString();
    }
}
