package io.hecha.read.pdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overprint rule: the same character again within the tolerance in both directions is dropped. */
class OverprintFilterTest {
    @Test
    void theSameCharacterPrintedAgainNearlyInPlaceIsSeen() {
        OverprintFilter f = new OverprintFilter();
        assertFalse(f.seen("预", 100f, 200f, 3.5f));
        assertTrue(f.seen("预", 100.4f, 200.3f, 3.5f), "fake bold: the same glyph 0.4 pt to the right");
        assertFalse(f.seen("算", 100.4f, 200.3f, 3.5f), "another character at the same place is kept");
    }

    @Test
    void aCopyFartherThanTheToleranceIsKept() {
        OverprintFilter f = new OverprintFilter();
        assertFalse(f.seen("0", 50f, 300f, 2f));
        assertFalse(f.seen("0", 52.5f, 300f, 2f), "the next digit of 00, 2.5 pt on");
        assertFalse(f.seen("0", 50f, 302.5f, 2f), "the same digit on the line below");
    }

    @Test
    void copiesEitherSideOfARowBucketBoundaryAreFound() {
        OverprintFilter f = new OverprintFilter();
        assertFalse(f.seen("元", 10f, 7.9f, 1f));
        assertTrue(f.seen("元", 10f, 8.2f, 1f));
        assertFalse(f.seen("万", 10f, 16.1f, 1f));
        assertTrue(f.seen("万", 10.5f, 15.4f, 1f));
    }

    @Test
    void manyGlyphsOfOneCharacterOnOneLineAreAllRemembered() {
        OverprintFilter f = new OverprintFilter();
        for (int i = 0; i < 500; i++) assertFalse(f.seen("的", i * 10f, 400f, 3f));
        for (int i = 0; i < 500; i++) assertTrue(f.seen("的", i * 10f + 0.5f, 400.5f, 3f), "copy " + i);
        f.clear();
        assertFalse(f.seen("的", 0f, 400f, 3f), "a new page starts empty");
    }
}
