package io.hecha.read.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A rectangle of a sheet that shows one text: a non-blank cell, or a merged region (its top-left
 * cell's text, possibly blank). Rows and columns are 0-based and inclusive.
 */
final class Box {
    final int top;
    final int left;
    final int bottom;
    final int right;
    final String text;
    final String value;
    /** True when the (top-left) cell draws a vertical border line (left or right): it stands inside a ruled table. */
    final boolean bordered;
    /** The position of the block this box was laid out in, -1 until then. */
    int block = -1;

    Box(int top, int left, int bottom, int right, String text, String value, boolean bordered) {
        this.top = top;
        this.left = left;
        this.bottom = bottom;
        this.right = right;
        this.text = text;
        this.value = value;
        this.bordered = bordered;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** A1 notation: {@code B7}, or {@code A12:A15} for a merged cell. */
    String a1() {
        return range(top, left, bottom, right);
    }

    static String range(int top, int left, int bottom, int right) {
        if (top == bottom && left == right) return new CellReference(top, left).formatAsString(false);
        return new CellRangeAddress(top, bottom, left, right).formatAsString();
    }
}
