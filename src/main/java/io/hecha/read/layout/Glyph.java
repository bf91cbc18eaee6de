package io.hecha.read.layout;

/**
 * One glyph (or one recognised word) as printed on a page, in PDF points with the origin at the
 * page's top left and y growing downwards.
 *
 * @param text       its Unicode text (one character from a text layer; a word or more from OCR)
 * @param x          left edge
 * @param baseline   baseline y
 * @param width      advance width (of the whole text)
 * @param fontSize   font size in points (for OCR: the text height the recogniser saw)
 * @param bold       true when the font is bold (by name or weight)
 * @param confidence 1 for a text layer; the recogniser's confidence (0..1) for OCR
 */
public record Glyph(String text, double x, double baseline, double width, double fontSize, boolean bold,
                    double confidence) {
    /** A glyph of a text layer (confidence 1). */
    public Glyph(String text, double x, double baseline, double width, double fontSize, boolean bold) {
        this(text, x, baseline, width, fontSize, bold, 1.0);
    }

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
        if (text.length() == 1) {
            char c = text.charAt(0);
            return c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c);
        }
        return text.isBlank();
    }
}
