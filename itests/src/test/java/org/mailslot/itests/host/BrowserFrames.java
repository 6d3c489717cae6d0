package org.mailslot.itests.host;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The two [MS-BRWS] frames the browser tests send, built from the spec's layout (little-endian fields). */
final class BrowserFrames {

    static final byte HOST_ANNOUNCEMENT = 0x01;
    static final byte GET_BACKUP_LIST_REQUEST = 0x09;
    static final byte GET_BACKUP_LIST_RESPONSE = 0x0A;
    // SV_TYPE_WORKSTATION | SV_TYPE_SERVER | SV_TYPE_POTENTIAL_BROWSER: a plain member server.
    private static final int SERVER_TYPE = 0x0001 | 0x0002 | 0x00010000;

    private BrowserFrames() {
    }

    /** HostAnnouncement ([MS-BRWS] 2.2.1): an announcement every 12 minutes, OS 6.1, comment "mailslot jms". */
    static byte[] hostAnnouncement(String serverName) {
        byte[] comment = "mailslot jms".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(32 + comment.length + 1).order(ByteOrder.LITTLE_ENDIAN);
        out.put(HOST_ANNOUNCEMENT).put((byte) 1).putInt(12 * 60 * 1000);
        byte[] name = new byte[16];
        byte[] chars = serverName.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(chars, 0, name, 0, chars.length);
        out.put(name).put((byte) 6).put((byte) 1).putInt(SERVER_TYPE);
        out.put((byte) 15).put((byte) 1).putShort((short) 0xAA55);
        out.put(comment).put((byte) 0);
        return out.array();
    }

    /** GetBackupListRequest ([MS-BRWS] 2.2.5): up to 4 backup servers, the given token. */
    static byte[] getBackupListRequest(int token) {
        return ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN).put(GET_BACKUP_LIST_REQUEST).put((byte) 4)
                .putInt(token).array();
    }
}
