package org.mailslot.jms.message;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.SecureRandom;

/**
 * Random seeds for identifiers (message ID prefixes, the factory instance tag). Where the kernel's random device
 * exists they come straight from it: creating the first {@code SecureRandom} of a JVM loads the security providers,
 * which took about 30 ms of a factory's first message. Elsewhere (Windows) a {@code SecureRandom} does the job.
 */
public final class RandomSeeds {

    private static final String URANDOM = "/dev/urandom";

    private RandomSeeds() {
    }

    /** {@code count} random longs. */
    public static long[] nextLongs(int count) {
        byte[] bytes = new byte[count * Long.BYTES];
        if (!readDevice(bytes)) {
            new SecureRandom().nextBytes(bytes);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] longs = new long[count];
        for (int i = 0; i < count; i++) {
            longs[i] = buffer.getLong();
        }
        return longs;
    }

    private static boolean readDevice(byte[] bytes) {
        try (InputStream in = new FileInputStream(URANDOM)) {
            return in.readNBytes(bytes, 0, bytes.length) == bytes.length;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
