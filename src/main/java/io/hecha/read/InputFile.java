package io.hecha.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An input held in memory: its file name, its bytes and (optionally) a password.
 *
 * @param fileName the name to report (no directories)
 * @param bytes    the content
 * @param password a password for encrypted input, or null
 */
public record InputFile(String fileName, byte[] bytes, String password) {
    public InputFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Reads a file from disk. */
    public static InputFile of(Path path) throws BadInputException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            return new InputFile(name, Files.readAllBytes(path), null);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** A copy with a password. */
    public InputFile withPassword(String pw) {
        return new InputFile(fileName, bytes, pw);
    }

    /** Hex SHA-256 of the content. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
