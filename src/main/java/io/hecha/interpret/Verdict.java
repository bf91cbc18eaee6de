package io.hecha.interpret;

import io.hecha.model.Diagnostic.Severity;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;

/**
 * Compares a computed interval with a printed claim: consistent when they overlap (XBRL
 * Calculations 1.1, round-to-nearest); a warning when they do not but the printed figure is the
 * computed value truncated to the shown decimals; an error otherwise.
 */
public final class Verdict {
    private Verdict() {
    }

    /**
     * The severity of a mismatch, or null when the claim is consistent.
     *
     * @param computed the interval computed from the other printed numbers
     * @param claimed  the interval the claim stands for
     * @param claim    the claim's printed value (a percentage as printed, 51.59 for 51.59%)
     * @param decimals the claim's shown decimals (its context precision)
     */
    public static Severity of(Interval computed, Interval claimed, BigDecimal claim, int decimals) {
        if (computed == null || computed.overlaps(claimed)) return null;
        if (computed.truncatesTo(claim, decimals)) return Severity.WARNING;
        return Severity.ERROR;
    }

    /** Same, for a claim printed in text (its own decimals). */
    public static Severity of(Interval computed, DisplayedNumber claim) {
        return of(computed, Interval.of(claim), claim.value(), claim.decimals());
    }
}
