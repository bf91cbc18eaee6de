package io.hecha.batch;

import io.hecha.output.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A random key per output folder ({@code DIR/.hecha-batch-key}, owner-only), with which the state
 * journal records secrets such as the password as a keyed hash (HMAC-SHA256): a rerun can tell the
 * password changed, but the journal alone does not let anyone test guesses of it.
 */
final class FolderKey {
    /** The key's file name in the output folder. */
    static final String FILE_NAME = ".hecha-batch-key";
    private static final int KEY_BYTES = 32;

    private final byte[] key;

    private FolderKey(byte[] key) {
        this.key = key;
    }

    /** The folder's key, made on first use (call while holding the folder's lock). */
    static FolderKey of(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try {
                byte[] k = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (k.length == KEY_BYTES) return new FolderKey(k);
            } catch (IllegalArgumentException e) {
                // damaged: a new key only costs one full rerun of password-protected inputs
            }
        }
        byte[] k = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(k);
        AtomicFiles.writePrivate(file, (HexFormat.of().formatHex(k) + "\n").getBytes(StandardCharsets.US_ASCII));
        return new FolderKey(k);
    }

    /** HMAC-SHA256 of the text under this key, as hex. */
    String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
