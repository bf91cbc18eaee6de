package io.hecha.interpret;

import io.hecha.model.Diagnostic.Severity;
import io.hecha.text.DisplayedNumber;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class IntervalTest {
    static DisplayedNumber n(String s) {
        return DisplayedNumber.parse(s).orElseThrow();
    }

    static Interval text(String s) {
        return Interval.of(n(s));
    }

    @Test
    void displayedNumberStandsForItsRoundingInterval() {
        assertEquals("[1369.965, 1369.975]", text("1369.97").toString());
        assertEquals("[51.585, 51.595]", text("51.59%").toString());
        assertEquals("[2.5, 3.5]", text("3").toString());
    }

    @Test
    void contextPrecisionWidensNothingButNarrowsZero() {
        assertEquals("[-0.005, 0.005]", Interval.of(n("0"), 2, false).toString());
        assertEquals("[3, 3]", Interval.of(n("3"), 2, true).toString(), "a score is exact");
    }

    @Test
    void workedExampleRateIsConsistentAt5159ButNotAt5200() {
        Interval q = text("4.13").divide(text("8.00")).percent();
        assertTrue(q.lo().compareTo(new BigDecimal("51.53")) > 0 && q.lo().compareTo(new BigDecimal("51.54")) < 0, q.toString());
        assertTrue(q.hi().compareTo(new BigDecimal("51.71")) > 0 && q.hi().compareTo(new BigDecimal("51.72")) < 0, q.toString());
        assertNull(Verdict.of(q, n("51.59%")));
        assertEquals(Severity.ERROR, Verdict.of(q, n("52.00%")));
    }

    @Test
    void sumsAndDifferences() {
        Interval s = text("2303.82").subtract(text("933.85"));
        assertEquals("[1369.96, 1369.98]", s.toString());
        assertTrue(s.overlaps(text("1369.97")));
        assertFalse(s.overlaps(text("1363.97")));
        assertEquals(Severity.ERROR, Verdict.of(s, n("1363.97")));
        assertEquals("[5, 5.02]", text("2.50").add(text("2.51")).toString());
        assertEquals(0, text("2.50").multiply(text("2.00")).lo().compareTo(new BigDecimal("4.977525")));
    }

    @Test
    void divisionByAnIntervalContainingZeroConcludesNothing() {
        assertNull(text("1.00").divide(Interval.of(n("0"), 2, false)));
        assertNull(Verdict.of(null, n("5.00")));
        Interval neg = text("-1.00").divide(text("4.00"));
        assertTrue(neg.hi().signum() < 0);
    }

    @Test
    void truncationIsAWarning() {
        // 2 / 3 = 66.666…%, printed truncated as 66.66%
        Interval q = Interval.exact(new BigDecimal(2)).divide(Interval.exact(new BigDecimal(3))).percent();
        assertEquals(Severity.WARNING, Verdict.of(q, n("66.66%")));
        assertNull(Verdict.of(q, n("66.67%")));
        assertEquals(Severity.ERROR, Verdict.of(q, n("66.65%")));
    }

    @Test
    void containsAndOverlapAreInclusive() {
        Interval a = text("1.00");
        assertTrue(a.contains(new BigDecimal("0.995")));
        assertTrue(a.contains(new BigDecimal("1.005")));
        assertFalse(a.contains(new BigDecimal("1.0051")));
        assertFalse(a.overlaps(text("1.01")), "touching rounding intervals: 1.005 is shown as 1.01, not 1.00");
        assertTrue(a.overlaps(text("1.01").subtract(text("0.00"))), "a computed interval wider than its parts");
        assertTrue(Interval.exact(new BigDecimal("1.005")).overlaps(a), "an exact value on the bound");
        assertFalse(a.overlaps(text("1.02")));
    }
}
