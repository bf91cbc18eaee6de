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
 */
record TextLine(int page, String text, double x0, double x1, double top, double bottom,
                       double baseline, double fontSize, boolean bold) {
    /** Width of the line. */
    public double width() {
        return x1 - x0;
    }

    /** A copy with other text (same box). */
    public TextLine withText(String t) {
        return new TextLine(page, t, x0, x1, top, bottom, baseline, fontSize, bold);
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
