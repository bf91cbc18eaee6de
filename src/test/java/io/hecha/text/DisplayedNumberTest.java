package io.hecha.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class DisplayedNumberTest {
    @Test
    void readsPrintedForms() {
        DisplayedNumber n = DisplayedNumber.parse(" 4272.52 ").orElseThrow();
        assertEquals(new BigDecimal("4272.52"), n.value());
        assertEquals(2, n.decimals());
        assertEquals("4272.52", n.printed());

        DisplayedNumber p = DisplayedNumber.parse("51.59%").orElseThrow();
        assertTrue(p.percent());
        assertEquals(new BigDecimal("0.5159"), p.asFraction());

        assertEquals(new BigDecimal("-14202.20"), DisplayedNumber.parse("－14202.20").orElseThrow().value());
        assertEquals(new BigDecimal("2016"), DisplayedNumber.parse("２０１６").orElseThrow().value());
        assertEquals(new BigDecimal("2000"), DisplayedNumber.parse("2, 000").orElseThrow().value());
        assertEquals(new BigDecimal("0.005"), DisplayedNumber.parse("4.13").orElseThrow().halfUnit());
    }

    @Test
    void rejectsNonNumbers() {
        assertTrue(DisplayedNumber.parse("合计").isEmpty());
        assertTrue(DisplayedNumber.parse("").isEmpty());
        assertTrue(DisplayedNumber.parse("3家").isEmpty());
        assertTrue(DisplayedNumber.parse("1.2.3").isEmpty());
    }
}
