package io.hecha.read.ocr;

/**
 * An axis-aligned box around a piece of text in a page image, in pixels: [x0, x1) × [y0, y1).
 *
 * @param score the detector's mean text probability inside the box
 */
record TextBox(int x0, int y0, int x1, int y1, double score) {
    int width() {
        return x1 - x0;
    }

    int height() {
        return y1 - y0;
    }

    /** The box clipped to an image of the given size (possibly empty). */
    TextBox clip(int w, int h) {
        return new TextBox(Math.max(0, x0), Math.max(0, y0), Math.min(w, x1), Math.min(h, y1), score);
    }
}
