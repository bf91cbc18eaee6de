package io.hecha.interpret;

import io.hecha.model.Diagnostic.Severity;
import io.hecha.text.DisplayedNumber;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RelationTest {
    static Fact fact(String printed) {
        DisplayedNumber n = DisplayedNumber.parse(printed).orElseThrow();
        return new Fact("", printed, "", n.percent() ? "%" : "", n, Interval.of(n), null);
    }

    @Test
    void sumHoldsWithinRoundingAndFailsBeyond() {
        Relation ok = new Relation("t", Relation.Kind.SUM, fact("1.00"), List.of(fact("0.33"), fact("0.33"), fact("0.33")), "");
        assertTrue(ok.evaluate().holds(), "0.33 × 3 = 0.99 stands for [0.985, 1.005): overlaps 1.00");
        Relation bad = new Relation("t", Relation.Kind.SUM, fact("1.10"), List.of(fact("0.33"), fact("0.33"), fact("0.33")), "");
        assertEquals(Severity.ERROR, bad.evaluate().severity());
    }

    @Test
    void ratioAsPercentageAndTheWorkedExample() {
        Relation r = new Relation("t", Relation.Kind.RATIO, fact("51.59%"), List.of(fact("4.13"), fact("8.00")), "");
        assertTrue(r.evaluate().holds());
        Relation w = new Relation("t", Relation.Kind.RATIO, fact("52.00%"), List.of(fact("4.13"), fact("8.00")), "");
        assertFalse(w.evaluate().holds());
    }

    @Test
    void alternativesRescueAClaim() {
        Fact total = fact("10"), a = fact("4"), b = fact("6"), c = fact("3");
        Relation onlyA = new Relation("t", Relation.Kind.SUM, total, List.of(a, c), "");
        Relation ab = new Relation("t", Relation.Kind.SUM, total, List.of(a, b), "");
        assertFalse(onlyA.evaluate().holds());
        assertTrue(new Relation("t", Relation.Kind.SUM, total, List.of(a, c), "", List.of(ab)).evaluate().holds());
    }

    @Test
    void solveForNamesTheValueACellMustHave() {
        Fact total = fact("10.00"), a = fact("4.00"), b = fact("9.00");
        Relation r = new Relation("t", Relation.Kind.SUM, total, List.of(a, b), "");
        Interval forB = r.solveFor(b);
        assertTrue(forB.contains(new BigDecimal("6.00")), forB.toString());
        assertFalse(forB.contains(new BigDecimal("9.00")));
        assertTrue(r.solveFor(total).contains(new BigDecimal("13.00")));
        Relation d = new Relation("t", Relation.Kind.DIFFERENCE, fact("2.00"), List.of(fact("5.00"), fact("3.00")), "");
        assertTrue(d.solveFor(d.operands().get(1)).contains(new BigDecimal("3.00")));
        Relation q = new Relation("t", Relation.Kind.RATIO, fact("50.00%"), List.of(fact("4.00"), fact("8.00")), "");
        assertTrue(q.solveFor(q.operands().get(0)).contains(new BigDecimal("4.00")));
        assertTrue(q.solveFor(q.operands().get(1)).contains(new BigDecimal("8.00")));
        Relation ch = new Relation("t", Relation.Kind.CHANGE, fact("25.00%"), List.of(fact("5.00"), fact("4.00")), "");
        assertTrue(ch.evaluate().holds());
        assertTrue(ch.solveFor(ch.operands().get(0)).contains(new BigDecimal("5.00")));
    }

    @Test
    void partsAndAtMost() {
        assertTrue(new Relation("t", Relation.Kind.PARTS, fact("10.00"), List.of(fact("4.00"), fact("5.00")), "").evaluate().holds());
        assertFalse(new Relation("t", Relation.Kind.PARTS, fact("10.00"), List.of(fact("6.00"), fact("5.00")), "").evaluate().holds());
        assertTrue(new Relation("t", Relation.Kind.AT_MOST, fact("5.00"), List.of(fact("5.00")), "").evaluate().holds());
        assertFalse(new Relation("t", Relation.Kind.AT_MOST, fact("6.00"), List.of(fact("5.00")), "").evaluate().holds());
    }

    @Test
    void contextDecimalsFollowTheInterval() {
        DisplayedNumber n = DisplayedNumber.parse("12.5").orElseThrow();
        assertEquals(2, new Fact("", "", "", "", n, Interval.of(n, 2, false), null).contextDecimals());
        assertEquals(1, new Fact("", "", "", "", n, Interval.exact(n.value()), null).contextDecimals());
    }
}
