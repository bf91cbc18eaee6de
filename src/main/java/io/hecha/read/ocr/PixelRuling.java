package io.hecha.read.ocr;

/**
 * A straight dark line found in a page image, in pixels.
 *
 * @param horizontal true for a horizontal line
 * @param position   its centre y when horizontal, its centre x when vertical
 * @param start      where it starts along its length (x for horizontal, y for vertical)
 * @param end        where it ends along its length (exclusive)
 * @param thickness  its thickness in pixels
 */
record PixelRuling(boolean horizontal, int position, int start, int end, int thickness) {
    int length() {
        return end - start;
    }

    /** True when the other line crosses or touches this one (within {@code slack} pixels). */
    boolean meets(PixelRuling other, int slack) {
        if (other.horizontal == horizontal) return false;
        return other.position >= start - slack && other.position <= end + slack
                && position >= other.start - slack && position <= other.end + slack;
    }
}
