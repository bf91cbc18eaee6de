package io.hecha.batch;

import io.hecha.output.ProcessStamp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One batch at a time per output folder: {@code DIR/.hecha-batch.lock} holds the holder's pid and
 * start time, and the holder keeps an operating-system lock on it, which ends with the process
 * even when it is killed. A lock file whose process has ended — a dead pid, or the same pid with
 * another start time (a reused pid) — is stale and taken over. On release the file is emptied but
 * kept: removing it could let two later runs lock two different files of the same name.
 */
final class BatchLock implements AutoCloseable {
    /** The lock's file name in the output folder. */
    static final String FILE_NAME = ".hecha-batch.lock";
    private static final long POLL_MILLIS = 500;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private BatchLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code dir}.
     *
     * @param wait   wait until the holder ends instead of refusing; {@code onWait} is told once
     * @param onWait told who holds the lock when waiting starts (may be null)
     * @throws BatchLockedException when another running batch holds it and {@code wait} is false
     */
    static BatchLock acquire(Path dir, boolean wait, java.util.function.Consumer<String> onWait) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        boolean told = false;
        while (true) {
            BatchLock taken = tryAcquire(file);
            if (taken != null) return taken;
            String holder = describe(readHolder(file));
            if (!wait) throw new BatchLockedException(dir, holder);
            if (!told && onWait != null) onWait.accept(holder);
            told = true;
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the lock of " + dir, e);
            }
        }
    }

    /** The lock, or null when a running batch holds it. */
    private static BatchLock tryAcquire(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        boolean keep = false;
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return null; // another batch of this same process holds it
            }
            if (lock == null) return null; // another process holds it
            ProcessStamp holder = parse(read(ch));
            ProcessStamp self = ProcessStamp.current();
            if (holder != null && !holder.equals(self) && holder.isRunning()) {
                // a live holder without an OS lock (a file system without locks): respect the file
                return null;
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid=" + self.pid() + "\nstarted=" + self.startMillis() + "\nstartedAt="
                    + self.started() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(true);
            keep = true;
            return new BatchLock(file, ch, lock);
        } finally {
            if (!keep) ch.close();
        }
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(512);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    private static ProcessStamp readHolder(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The holder a lock file names, or null when it names none. */
    static ProcessStamp parse(String text) {
        long pid = -1, started = 0;
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String k = line.substring(0, eq).strip(), v = line.substring(eq + 1).strip();
            try {
                if (k.equals("pid")) pid = Long.parseLong(v);
                else if (k.equals("started")) started = Long.parseLong(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return pid < 0 ? null : new ProcessStamp(pid, started);
    }

    private static String describe(ProcessStamp holder) {
        return holder == null ? "another batch" : "the batch of process " + holder.pid() + " (started " + holder.started() + ")";
    }

    /** Empties the file (no holder) and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            channel.force(true);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
