package io.hecha.read.ocr;

/**
 * One recognised character (or a space) where it stands in the page image, in pixels.
 *
 * @param text       the character
 * @param x0         left edge
 * @param x1         right edge
 * @param top        top of the ink of its line
 * @param bottom     bottom of the ink of its line
 * @param confidence the recogniser's confidence, 0..1
 */
record OcrChar(String text, double x0, double x1, double top, double bottom, double confidence) {
}
