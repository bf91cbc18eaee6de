package io.hecha.read.ocr;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was read on recent page images, by the SHA-256 of their pixels: the same scan met twice in a
 * process (a document submitted twice, a page repeated) is recognised once. Bounded (least recently
 * used entries go), thread-safe; recognition is deterministic, so a hit is exactly what a new
 * reading would give.
 */
final class ReadCache {
    /** What one page image held, and the skew it was straightened by (degrees, 0 when none). */
    record Entry(List<OcrChar> chars, List<PixelRuling> rulings, double skew) {
        Entry {
            chars = List.copyOf(chars);
            rulings = List.copyOf(rulings);
        }
    }

    private final Map<String, Entry> entries;

    ReadCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The key of an image as rendered, before anything is erased from it. */
    static String key(GrayImage image, String engine) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(8).putInt(image.width).putInt(image.height).array());
            sha.update(engine.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(image.pixels);
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized Entry get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, Entry entry) {
        entries.put(key, entry);
    }
}
