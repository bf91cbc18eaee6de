package io.hecha.read.ocr;

import io.hecha.read.layout.Glyph;
import io.hecha.read.layout.LayoutPage;
import io.hecha.read.layout.Ruling;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a recogniser read (pixels) into the page shape the PDF layout reads (points, origin
 * at the top left, y down): one glyph per character, its box the line's ink height, and the
 * rulings found in the image.
 */
final class LayoutPages {
    /** A character read with less confidence than this is uncertain. */
    static final double UNCERTAIN_BELOW = 0.9;

    private LayoutPages() {
    }

    static LayoutPage page(int number, double width, double height, double dpi, List<OcrChar> chars,
                        List<PixelRuling> rulings) {
        double s = 72.0 / dpi;
        List<Glyph> glyphs = new ArrayList<>(chars.size());
        for (OcrChar c : chars) {
            double size = (c.bottom() - c.top()) * s;
            glyphs.add(new Glyph(c.text(), c.x0() * s, c.top() * s + 0.8 * size, (c.x1() - c.x0()) * s, size, false,
                    c.confidence()));
        }
        List<Ruling> lines = new ArrayList<>(rulings.size());
        for (PixelRuling r : rulings) {
            lines.add(new Ruling(r.horizontal(), r.position() * s, r.start() * s, r.end() * s));
        }
        return new LayoutPage(number, width, height, glyphs, lines);
    }
}
