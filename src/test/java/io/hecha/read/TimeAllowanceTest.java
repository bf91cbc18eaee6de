package io.hecha.read;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The time pages read by OCR add to an input's limit. */
class TimeAllowanceTest {
    @Test
    void eachOcrPageAddsItsTimeToTheAllowanceTheWorkRunsUnder() throws Exception {
        TimeAllowance a = new TimeAllowance();
        assertEquals(3, a.call(() -> {
            for (int i = 0; i < 3; i++) TimeAllowance.ocrPage();
            return 3;
        }));
        assertEquals(3 * TimeAllowance.PER_OCR_PAGE.toNanos(), a.extraNanos());
        assertEquals("210 s (120 s + 30 s for each of 3 page(s) read by OCR)", a.describe(Duration.ofSeconds(120)));
        TimeAllowance.ocrPage(); // outside any call: counted nowhere
        assertEquals(3 * TimeAllowance.PER_OCR_PAGE.toNanos(), a.extraNanos());
        assertEquals("120 s", new TimeAllowance().describe(Duration.ofSeconds(120)));
    }

    @Test
    void nestedWorkCountsOnItsOwnAllowanceAndTheOuterOneComesBack() throws Exception {
        TimeAllowance outer = new TimeAllowance(), inner = new TimeAllowance();
        outer.call(() -> {
            inner.call(() -> { TimeAllowance.ocrPage(); return null; });
            TimeAllowance.ocrPage();
            return null;
        });
        assertEquals(TimeAllowance.PER_OCR_PAGE.toNanos(), outer.extraNanos());
        assertEquals(TimeAllowance.PER_OCR_PAGE.toNanos(), inner.extraNanos());
    }
}
