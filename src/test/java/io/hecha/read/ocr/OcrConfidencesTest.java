package io.hecha.read.ocr;

import io.hecha.model.OcrConfidence;
import io.hecha.read.layout.Glyph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OcrConfidencesTest {
    /** Glyphs for the characters of {@code s} on one line; a character after '?' is uncertain (0.5). */
    private static List<Glyph> glyphs(String s, double baseline) {
        List<Glyph> out = new ArrayList<>();
        double x = 0, conf = 0.99;
        for (char c : s.toCharArray()) {
            if (c == '?') {
                conf = 0.5;
                continue;
            }
            out.add(new Glyph(String.valueOf(c), x, baseline, 5, 10, false, conf));
            x += 5;
            conf = 0.99;
        }
        return out;
    }

    private static List<OcrConfidence.Range> ranges(int... bounds) {
        List<OcrConfidence.Range> out = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) out.add(new OcrConfidence.Range(bounds[i], bounds[i + 1]));
        return out;
    }

    @Test
    void uncertainGlyphsMarkTheirCharactersAcrossLinesAndSpaces() {
        List<Glyph> g = new ArrayList<>(glyphs("净值1?363.97", 20));
        g.addAll(glyphs("万?元", 35)); // the next line of the cell
        OcrConfidence c = OcrConfidences.align("净值1363.97\n万 元", OcrConfidences.readingOrder(g), false);
        assertEquals(ranges(3, 4, 12, 13), c.uncertain());
        assertEquals(0.5, c.confidence(), 1e-9);
    }

    @Test
    void textTheLayoutChangedResynchronisesOrMarksTheRest() {
        // the layout dropped a glyph (a hyphen at a line break): the rest still lines up
        OcrConfidence dropped = OcrConfidences.align("abc?d".replace("?", ""), glyphs("ab-c?d", 0), false);
        assertEquals(ranges(3, 4), dropped.uncertain());
        // a substituted character that is uncertain: nothing after it can be trusted
        OcrConfidence substituted = OcrConfidences.align("12x45", glyphs("12?345", 0), false);
        assertEquals(ranges(2, 5), substituted.uncertain());
        // text with no glyphs left, running on to an OCR'd page the provenance does not name
        OcrConfidence unseen = OcrConfidences.align("1234", glyphs("12", 0), true);
        assertEquals(ranges(2, 4), unseen.uncertain());
        assertEquals(List.of(), OcrConfidences.align("1234", glyphs("12", 0), false).uncertain());
    }
}
