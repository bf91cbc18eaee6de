package io.hecha.read.doc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HwpfNumbersTest {
    @Test
    void docNumberFormatsRenderAsWordShowsThem() {
        assertEquals("十一", HwpfNumbers.format(11, 39));
        assertEquals("②", HwpfNumbers.format(2, 18));
        assertEquals("iv", HwpfNumbers.format(4, 2));
        assertEquals("C", HwpfNumbers.format(3, 3));
        assertEquals("07", HwpfNumbers.format(7, 22));
        assertEquals("一〇五", HwpfNumbers.format(105, 38));
        assertEquals("12", HwpfNumbers.format(12, 0));
    }
}
