package io.hecha;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDiffTest {
    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", LineDiff.diff("a\nb\n", "a\nb\n", 40));
    }

    @Test
    void showsChangedLinesWithContextAndCaps() {
        String d = LineDiff.diff("1\n2\n3\n4\n5\n6\n", "1\n2\n3\nX\n5\n6\n", 40);
        assertEquals("@@ -1,4 +1,4 @@\n 1\n 2\n 3\n-4\n+X\n 5\n 6\n", d);
        String many = LineDiff.diff("a\n", "a\n" + "x\n".repeat(100), 5);
        assertTrue(many.contains("… 95 more lines"), many);
    }
}
