package io.hecha.read.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops a glyph printed again over itself (the same character within a third of its width in
 * both directions, as producers do for fake bold), the rule of PDFBox's
 * {@code setSuppressDuplicateOverlappingText} with a hash of coarse rows instead of sorted trees
 * per character (a glyph costs a few hash lookups).
 */
final class OverprintFilter {
    /**
     * Height of a row bucket in points: about a line of body text, so that a glyph's tolerance (a
     * third of its width) spans one or two buckets, not five; a bucket holds the kept copies of one
     * character on about one line, scanned by distance.
     */
    private static final float ROW = 8f;

    /** Positions (x, y pairs) of kept glyphs, by character and then by row bucket. */
    private final Map<String, Map<Integer, float[]>> kept = new HashMap<>();

    void clear() {
        kept.clear();
    }

    /**
     * True when the character was already kept within {@code tolerance} of (x, y); otherwise
     * records it and returns false.
     */
    boolean seen(String text, float x, float y, float tolerance) {
        Map<Integer, float[]> rows = kept.computeIfAbsent(text, k -> new HashMap<>());
        int from = (int) Math.floor((y - tolerance) / ROW), to = (int) Math.floor((y + tolerance) / ROW);
        for (int r = from; r <= to; r++) {
            float[] at = rows.get(r);
            if (at == null) continue;
            int n = (int) at[0];
            for (int i = 1; i < 2 * n; i += 2) {
                if (Math.abs(at[i] - x) < tolerance && Math.abs(at[i + 1] - y) < tolerance) return true;
            }
        }
        int r = (int) Math.floor(y / ROW);
        float[] at = rows.get(r);
        int n = at == null ? 0 : (int) at[0];
        if (at == null || 2 * n + 2 >= at.length) {
            at = at == null ? new float[5] : Arrays.copyOf(at, at.length * 2 + 1);
            rows.put(r, at);
        }
        at[2 * n + 1] = x;
        at[2 * n + 2] = y;
        at[0] = n + 1;
        return false;
    }
}
