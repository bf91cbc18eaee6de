package io.hecha.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files through a temporary file in the same folder and an atomic rename, so a crash (even
 * {@code kill -9}) leaves either the old file or the new one, never half of one. Temporaries are
 * named {@code .hecha-tmp-<pid>-<start>-<random>.tmp} after the process writing them;
 * {@link #cleanTemporaries} removes only those whose process has ended — never a user's file, nor a
 * temporary another hecha process is still writing. Outputs are readable by all ({@code rw-r--r--}).
 */
public final class AtomicFiles {
    /** How every temporary's name starts. */
    public static final String TEMP_PREFIX = ".hecha-tmp-";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Something that writes a whole file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes bytes atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes bytes atomically into a file only its owner may read ({@code rw-------}): keys, secrets. */
    public static void writePrivate(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), false);
    }

    /** Writes whatever {@code content} produces atomically. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean shared) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, tempPrefix(ProcessStamp.current()), TEMP_SUFFIX);
        try {
            setPermissions(tmp, shared ? "rw-r--r--" : "rw-------");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Temporary files are created owner-only; outputs are meant to be shared like any file written normally. */
    private static void setPermissions(Path p, String permissions) {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep its defaults
        }
    }

    /** The name prefix of the temporaries a process writes (package-visible for tests). */
    static String tempPrefix(ProcessStamp p) {
        return TEMP_PREFIX + p.pid() + "-" + Long.toString(p.startMillis(), 36) + "-";
    }

    /** True for the name of a temporary this class writes. */
    public static boolean isTemporary(String fileName) {
        return owner(fileName) != null;
    }

    /** The process that wrote a temporary, or null when the name is not one of ours. */
    static ProcessStamp owner(String fileName) {
        if (!fileName.startsWith(TEMP_PREFIX) || !fileName.endsWith(TEMP_SUFFIX)) return null;
        String[] parts = fileName.substring(TEMP_PREFIX.length()).split("-", 3);
        if (parts.length < 3) return null;
        try {
            return new ProcessStamp(Long.parseLong(parts[0]), Long.parseLong(parts[1], 36));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Deletes the temporaries that processes which have ended (killed midway) left in {@code dir};
     * returns how many. Temporaries of running processes, including this one, are kept.
     */
    public static int cleanTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path p : s) {
                ProcessStamp owner = owner(p.getFileName().toString());
                if (owner == null || owner.isRunning() || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                if (Files.deleteIfExists(p)) n++;
            }
        }
        return n;
    }
}
