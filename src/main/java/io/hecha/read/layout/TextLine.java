package io.hecha.read.layout;

import java.util.List;

/**
 * One printed line: its glyphs left to right and the text they spell.
 *
 * @param page     1-based page number
 * @param text     the line's text (spaces only between Latin/digit words set apart)
 * @param x0       left edge
 * @param x1       right edge
 * @param top      top of the line box
 * @param bottom   bottom of the line box
 * @param baseline the common baseline
 * @param fontSize the most common font size of its glyphs
 * @param bold     true when every glyph is bold
 * @param ends     for each character of {@code text}, the right edge of the glyph it comes from
 */
record TextLine(int page, String text, double x0, double x1, double top, double bottom,
                       double baseline, double fontSize, boolean bold, double[] ends) {
    /** Width of the line. */
    public double width() {
        return x1 - x0;
    }

    /** The width of the line's first {@code n} characters as printed. */
    double widthOf(int n) {
        if (n <= 0 || ends.length == 0) return 0;
        return ends[Math.min(n, ends.length) - 1] - x0;
    }

    /** The box of several lines as {x0, top, x1, bottom}. */
    public static double[] box(List<TextLine> lines) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (TextLine l : lines) {
            b[0] = Math.min(b[0], l.x0);
            b[1] = Math.min(b[1], l.top);
            b[2] = Math.max(b[2], l.x1);
            b[3] = Math.max(b[3], l.bottom);
        }
        return b;
    }
}
