package io.hecha.read.ocr;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulingFinderTest {
    private static GrayImage white(int w, int h) {
        byte[] px = new byte[w * h];
        Arrays.fill(px, (byte) 0xFF);
        return new GrayImage(w, h, px);
    }

    private static void dark(GrayImage img, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) img.pixels[y * img.width + x] = 0;
    }

    @Test
    void aTableGridIsFoundAndACharacterStrokeIsNot() {
        GrayImage img = white(1200, 900);
        // a 3 × 2 grid at 300 dpi: rows 100 px, columns 300 px, lines 3 px thick
        for (int y : new int[] {100, 200, 300}) dark(img, 100, y, 703, y + 3);
        for (int x : new int[] {100, 400, 700}) dark(img, x, 100, x + 3, 303);
        // a big 十 (a heading character's strokes): 90 px long, 8 px thick, touching no line
        dark(img, 900, 600, 990, 608);
        dark(img, 941, 560, 949, 650);
        // a filled block (a stamp, a photo): thick, not a ruling
        dark(img, 100, 500, 400, 560);
        List<PixelRuling> found = new RulingFinder(300).find(img);
        long horizontal = found.stream().filter(PixelRuling::horizontal).count();
        assertEquals(3, horizontal, found.toString());
        assertEquals(3, found.size() - horizontal, found.toString());
        PixelRuling top = found.stream().filter(r -> r.horizontal() && r.position() == 101).findFirst().orElseThrow();
        assertEquals(100, top.start());
        assertEquals(703, top.end());
        assertEquals(3, top.thickness());
        // nothing from the 十 (x 900–990, y 560–650) or the filled block (y 500–560)
        assertTrue(found.stream().noneMatch(r -> r.horizontal() ? r.position() > 400 : r.position() > 800), found.toString());

        RulingFinder.erase(img, found);
        for (int y = 95; y < 310; y++) for (int x = 95; x < 710; x++) assertTrue(!img.dark(x, y), x + "," + y);
        assertTrue(img.dark(945, 600), "the character stays");
    }

    @Test
    void shortLinesOfAGridCountWhenTheyMeetALongOne() {
        GrayImage img = white(1000, 400);
        dark(img, 100, 100, 900, 102);   // long horizontal
        dark(img, 500, 100, 502, 170);   // 70 px vertical hanging from it: a split cell's border
        dark(img, 50, 300, 120, 302);    // 70 px horizontal alone: an underline, not a ruling
        List<PixelRuling> found = new RulingFinder(300).find(img);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(r -> !r.horizontal() && r.position() == 500));
    }
}
