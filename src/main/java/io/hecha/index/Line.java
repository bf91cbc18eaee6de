package io.hecha.index;

import io.hecha.index.analysis.HanlpTokenizer;

/**
 * One value of a text field: a paragraph, a heading, a table caption or a cell, with where it stands.
 * Stored as {@code KEY location KEY text} ({@link HanlpTokenizer#KEY}): the analyzer skips the
 * location, the highlighter hands it back with the passage.
 *
 * @param location the location as compact JSON in the one Location shape (ref, sectionPath, table…)
 * @param text     the text as shown
 */
public record Line(String location, String text) {
    /** The stored field value. */
    public String value() {
        return HanlpTokenizer.KEY + location + HanlpTokenizer.KEY + text;
    }

    /** Splits a stored value back (a value without a key has an empty location). */
    public static Line parse(String value) {
        if (value.isEmpty() || value.charAt(0) != HanlpTokenizer.KEY) return new Line("", value);
        int end = value.indexOf(HanlpTokenizer.KEY, 1);
        if (end < 0) return new Line("", value);
        return new Line(value.substring(1, end), value.substring(end + 1));
    }

    /** Length of the key part of a stored value (0 when none): offsets into the value minus this are offsets into the text. */
    public static int keyLength(String value) {
        if (value.isEmpty() || value.charAt(0) != HanlpTokenizer.KEY) return 0;
        int end = value.indexOf(HanlpTokenizer.KEY, 1);
        return end < 0 ? 0 : end + 1;
    }
}
