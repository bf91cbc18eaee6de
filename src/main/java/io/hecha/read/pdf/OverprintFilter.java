package io.hecha.read.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops a glyph printed again over itself (the same character within a third of its width in
 * both directions, as producers do for fake bold), the rule of PDFBox's
 * {@code setSuppressDuplicateOverlappingText} with a hash of coarse rows instead of sorted trees
 * per character. A glyph of one character (nearly all) costs one or two probes of an open-addressing
 * table keyed by (character, row), without boxing; longer texts (ligatures, surrogate pairs) go
 * through a map by text.
 */
final class OverprintFilter {
    /** Height of a row bucket in points. */
    private static final float ROW = 2f;

    /** Keys (character, row) of the table; a slot is used when its value is not null. */
    private long[] keys = new long[1024];
    /** Positions of kept glyphs per slot: {count, x1, y1, x2, y2, …}. */
    private float[][] values = new float[1024][];
    private int size;
    /** Texts of more than one character: positions by text and then by row bucket. */
    private final Map<String, Map<Integer, float[]>> longer = new HashMap<>();

    void clear() {
        if (size > 0) {
            Arrays.fill(values, null);
            size = 0;
        }
        longer.clear();
    }

    /**
     * True when the character was already kept within {@code tolerance} of (x, y); otherwise
     * records it and returns false.
     */
    boolean seen(String text, float x, float y, float tolerance) {
        int from = (int) Math.floor((y - tolerance) / ROW), to = (int) Math.floor((y + tolerance) / ROW);
        int row = (int) Math.floor(y / ROW);
        if (text.length() != 1) return seenLonger(text, x, y, tolerance, from, to, row);
        char ch = text.charAt(0);
        for (int r = from; r <= to; r++) {
            if (near(get(key(ch, r)), x, y, tolerance)) return true;
        }
        long k = key(ch, row);
        float[] at = get(k);
        float[] added = add(at, x, y);
        if (added != at) put(k, added);
        return false;
    }

    private boolean seenLonger(String text, float x, float y, float tolerance, int from, int to, int row) {
        Map<Integer, float[]> rows = longer.computeIfAbsent(text, k -> new HashMap<>());
        for (int r = from; r <= to; r++) {
            if (near(rows.get(r), x, y, tolerance)) return true;
        }
        rows.put(row, add(rows.get(row), x, y));
        return false;
    }

    private static boolean near(float[] at, float x, float y, float tolerance) {
        if (at == null) return false;
        int n = (int) at[0];
        for (int i = 1; i < 2 * n; i += 2) {
            if (Math.abs(at[i] - x) < tolerance && Math.abs(at[i + 1] - y) < tolerance) return true;
        }
        return false;
    }

    /** The positions with (x, y) appended: the same array when it had room. */
    private static float[] add(float[] at, float x, float y) {
        if (at == null) at = new float[5];
        int n = (int) at[0];
        if (2 * n + 2 >= at.length) at = Arrays.copyOf(at, at.length * 2 + 1);
        at[2 * n + 1] = x;
        at[2 * n + 2] = y;
        at[0] = n + 1;
        return at;
    }

    private static long key(char ch, int row) {
        return ((long) ch << 32) | (row & 0xffffffffL);
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    private float[] get(long key) {
        for (int i = slot(key); ; i = (i + 1) & (keys.length - 1)) {
            if (values[i] == null) return null;
            if (keys[i] == key) return values[i];
        }
    }

    private void put(long key, float[] value) {
        int i = slot(key);
        while (values[i] != null && keys[i] != key) i = (i + 1) & (keys.length - 1);
        if (values[i] == null) size++;
        keys[i] = key;
        values[i] = value;
        if (2 * size > keys.length) grow();
    }

    private void grow() {
        long[] oldKeys = keys;
        float[][] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new float[oldKeys.length * 2][];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) put(oldKeys[i], oldValues[i]);
        }
    }
}
