package org.mailslot.bridge.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One bridge per data directory. Artemis's own journal lock makes a second broker on the same directory wait for
 * ever; this lock, taken first and without waiting, refuses at once and names the bridge that holds it (its UDP
 * address and process id are written into the lock file). The operating system releases it when the process
 * ends, however it ends.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "mailslot-bridge.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code dataDir} if needed and holds it for this process.
     *
     * @throws CommandFailure when it cannot be written or another bridge holds it
     */
    static DataDirectoryLock claim(Path dataDir, InetSocketAddress listen) {
        StartupChecks.requireWritableDirectory(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                throw new CommandFailure("the data directory " + dataDir + " is in use by another bridge ("
                        + (holder.isEmpty() ? "holder unknown" : holder) + "); stop that bridge or give this one"
                        + " another --data-dir DIR", null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("UDP " + listen.getAddress().getHostAddress() + ":" + listen.getPort()
                    + ", pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CommandFailure("cannot lock the data directory " + dataDir + " (" + e + "); fix its"
                    + " permissions or choose another with --data-dir DIR", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    // Another process's lock and another claim in this JVM look the same to the caller.
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing left to release.
            }
        }
    }
}
