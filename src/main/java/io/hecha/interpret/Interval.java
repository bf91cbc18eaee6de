package io.hecha.interpret;

import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A closed interval of real numbers, the set of values a displayed number may have stood for
 * before it was rounded, and the result of arithmetic on such sets. Each interval also carries a
 * {@code nominal} value: the same arithmetic done on the printed values themselves (used to tell a
 * truncated figure from a wrong one, and for messages).
 *
 * @param lo      lower bound (inclusive)
 * @param hi      upper bound (inclusive)
 * @param nominal the value computed from the printed numbers
 */
public record Interval(BigDecimal lo, BigDecimal hi, BigDecimal nominal) {
    private static final MathContext MC = new MathContext(24, RoundingMode.HALF_EVEN);
    /** Scale used to round quotient bounds outwards. */
    private static final int QUOTIENT_SCALE = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Interval {
        Objects.requireNonNull(lo, "lo");
        Objects.requireNonNull(hi, "hi");
        if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
        if (nominal == null) nominal = lo.add(hi).divide(BigDecimal.valueOf(2), MC);
    }

    /** The degenerate interval [v, v]. */
    public static Interval exact(BigDecimal v) {
        return new Interval(v, v, v);
    }

    /** The interval of values that round (half-up or half-even) to {@code v} shown with {@code decimals}. */
    public static Interval rounded(BigDecimal v, int decimals) {
        BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        return new Interval(v.subtract(half), v.add(half), v);
    }

    /**
     * The interval a displayed number stands for in its context.
     *
     * @param n                the number as printed
     * @param contextDecimals  the precision of its context (a table column's most decimals); the
     *                         number's own decimals are used when they are more
     * @param exact            true for counts and scores: the number is exactly what it says
     */
    public static Interval of(DisplayedNumber n, int contextDecimals, boolean exact) {
        if (exact) return exact(n.value());
        return rounded(n.value(), Math.max(contextDecimals, n.decimals()));
    }

    /** The interval a number printed in running text stands for (its own decimals). */
    public static Interval of(DisplayedNumber n) {
        return rounded(n.value(), n.decimals());
    }

    public Interval add(Interval o) {
        return new Interval(lo.add(o.lo), hi.add(o.hi), nominal.add(o.nominal));
    }

    public Interval subtract(Interval o) {
        return new Interval(lo.subtract(o.hi), hi.subtract(o.lo), nominal.subtract(o.nominal));
    }

    public Interval negate() {
        return new Interval(hi.negate(), lo.negate(), nominal.negate());
    }

    public Interval multiply(Interval o) {
        List<BigDecimal> p = List.of(lo.multiply(o.lo), lo.multiply(o.hi), hi.multiply(o.lo), hi.multiply(o.hi));
        return new Interval(p.stream().min(BigDecimal::compareTo).orElseThrow(),
                p.stream().max(BigDecimal::compareTo).orElseThrow(), nominal.multiply(o.nominal));
    }

    /** Multiplies by an exact constant (e.g. 100 to turn a fraction into a percentage). */
    public Interval scale(BigDecimal k) {
        return multiply(exact(k));
    }

    /** This fraction as a percentage: × 100. */
    public Interval percent() {
        return scale(HUNDRED);
    }

    /** True when the interval contains 0. */
    public boolean containsZero() {
        return lo.signum() <= 0 && hi.signum() >= 0;
    }

    /**
     * The quotient, rounded outwards; {@code null} when the divisor may be zero (nothing can be
     * concluded from such a quotient, so callers skip the claim).
     */
    public Interval divide(Interval o) {
        if (o.containsZero()) return null;
        BigDecimal[] q = {
                lo.divide(o.lo, MC), lo.divide(o.hi, MC), hi.divide(o.lo, MC), hi.divide(o.hi, MC)};
        BigDecimal min = q[0], max = q[0];
        for (BigDecimal x : q) {
            if (x.compareTo(min) < 0) min = x;
            if (x.compareTo(max) > 0) max = x;
        }
        BigDecimal nom = o.nominal.signum() == 0 ? min : nominal.divide(o.nominal, MC);
        return new Interval(min.setScale(QUOTIENT_SCALE, RoundingMode.FLOOR),
                max.setScale(QUOTIENT_SCALE, RoundingMode.CEILING), nom);
    }

    /** Sum of intervals ([0, 0] for none). */
    public static Interval sum(List<Interval> parts) {
        Interval s = exact(BigDecimal.ZERO);
        for (Interval p : parts) s = s.add(p);
        return s;
    }

    /**
     * True when the two intervals share a value. A rounding interval is half-open (a displayed 1.00
     * is [0.995, 1.005): 1.005 would have been shown as 1.01), so two intervals that only touch do not
     * overlap; an exact value (a degenerate interval) is compared inclusively.
     */
    public boolean overlaps(Interval o) {
        if (isExact() || o.isExact()) return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
        return lo.compareTo(o.hi) < 0 && o.lo.compareTo(hi) < 0;
    }

    /** True for a degenerate interval [v, v]. */
    public boolean isExact() {
        return lo.compareTo(hi) == 0;
    }

    /** True when {@code v} lies in the interval. */
    public boolean contains(BigDecimal v) {
        return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
    }

    /**
     * True when the nominal value, truncated (towards zero) to {@code decimals}, equals
     * {@code claim}: the publisher may have cut digits instead of rounding.
     */
    public boolean truncatesTo(BigDecimal claim, int decimals) {
        return nominal.setScale(decimals, RoundingMode.DOWN).compareTo(claim) == 0;
    }

    /** The nominal value rounded half-up to {@code decimals}, as plain text. */
    public String nominalText(int decimals) {
        return nominal.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public String toString() {
        return "[" + plain(lo, RoundingMode.FLOOR) + ", " + plain(hi, RoundingMode.CEILING) + "]";
    }

    private static String plain(BigDecimal v, RoundingMode outwards) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() > 6) s = s.setScale(6, outwards).stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }
}
