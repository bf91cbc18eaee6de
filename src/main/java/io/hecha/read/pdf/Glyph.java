package io.hecha.read.pdf;

/**
 * One glyph as printed on a page.
 *
 * @param text     its Unicode text (usually one character)
 * @param x        left edge
 * @param baseline baseline y (top-left origin)
 * @param width    advance width
 * @param fontSize font size in points
 * @param bold     true when the font is bold (by name or weight)
 */
public record Glyph(String text, double x, double baseline, double width, double fontSize, boolean bold) {
    /** Right edge. */
    public double right() {
        return x + width;
    }

    /** Approximate top of the glyph box. */
    public double top() {
        return baseline - fontSize * 0.8;
    }

    /** Approximate bottom of the glyph box. */
    public double bottom() {
        return baseline + fontSize * 0.2;
    }

    /** Horizontal centre. */
    public double centerX() {
        return x + width / 2;
    }

    /** Vertical centre of the glyph box. */
    public double centerY() {
        return baseline - fontSize * 0.3;
    }

    /** True when the glyph is white space. */
    public boolean isBlank() {
        return text.isBlank() || text.equals("\u3000") || text.equals("\u00A0");
    }
}
