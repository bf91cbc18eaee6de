package io.hecha.interpret;

import io.hecha.model.Diagnostic.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A relation the document's numbers should satisfy: a claim (the printed total, rate, difference…)
 * against what its operands give. Rules evaluate relations with interval arithmetic
 * ({@link #evaluate()}); a relation holds when the computed interval and the claim's overlap.
 *
 * @param rule         the rule id findings carry ({@code table.column-total}, {@code table.rate}…)
 * @param kind         how the claim follows from the operands
 * @param claim        the printed number the relation checks
 * @param operands     the numbers it is computed from, in the order {@link Kind} describes
 * @param basis        why the relation is believed to exist, for a person (the structure or the mapping
 *                     relation it comes from: {@code 科目编码 201 ⊃ 20106}, {@code 预算执行率 = 执行数 / 预算数})
 * @param alternatives other readings of the same claim: it is consistent when any of them holds
 */
public record Relation(String rule, Kind kind, Fact claim, List<Fact> operands, String basis,
                       List<Relation> alternatives) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal PERCENT = new BigDecimal("0.01");

    /** How a claim follows from its operands. */
    public enum Kind {
        /** claim = Σ operands. */
        SUM,
        /** Σ operands ≤ claim: parts listed after 其中, which need not be exhaustive. */
        PARTS,
        /** claim = operands[0] − operands[1] − …. */
        DIFFERENCE,
        /** claim = operands[0] / operands[1] (× 100 when the claim is a percentage). */
        RATIO,
        /** claim = (operands[0] − operands[1]) / operands[1] (× 100 when the claim is a percentage). */
        CHANGE,
        /** claim = Π operands (a percentage operand counts as its fraction). */
        PRODUCT,
        /** claim ≤ operands[0] (a score never exceeds its weight). */
        AT_MOST,
        /** claim = operands[0]: the same fact stated twice. */
        SAME
    }

    public Relation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(claim, "claim");
        operands = List.copyOf(operands);
        basis = basis == null ? "" : basis;
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        int min = switch (kind) {
            case SUM, PARTS, PRODUCT -> 1;
            case AT_MOST, SAME -> 1;
            case DIFFERENCE, RATIO, CHANGE -> 2;
        };
        if (operands.size() < min) throw new IllegalArgumentException(kind + " needs at least " + min + " operands");
        if ((kind == Kind.RATIO || kind == Kind.CHANGE) && operands.size() != 2) {
            throw new IllegalArgumentException(kind + " takes exactly two operands");
        }
    }

    /** A relation without alternatives. */
    public Relation(String rule, Kind kind, Fact claim, List<Fact> operands, String basis) {
        this(rule, kind, claim, operands, basis, List.of());
    }

    /** The interval the operands give for the claim, or null when it cannot be computed (division by ~0). */
    public Interval computed() {
        List<Interval> v = new ArrayList<>(operands.size());
        for (Fact f : operands) v.add(f.interval());
        return switch (kind) {
            case SUM, PARTS -> Interval.sum(v);
            case DIFFERENCE -> {
                Interval d = v.get(0);
                for (int i = 1; i < v.size(); i++) d = d.subtract(v.get(i));
                yield d;
            }
            case RATIO -> scaled(v.get(0).divide(v.get(1)));
            case CHANGE -> scaled(v.get(0).subtract(v.get(1)).divide(v.get(1)));
            case PRODUCT -> {
                Interval p = Interval.exact(BigDecimal.ONE);
                for (int i = 0; i < v.size(); i++) p = p.multiply(asFactor(operands.get(i), v.get(i)));
                yield claim.percent() ? p.percent() : p;
            }
            case AT_MOST, SAME -> v.get(0);
        };
    }

    private Interval scaled(Interval q) {
        return q == null ? null : claim.percent() ? q.percent() : q;
    }

    private static Interval asFactor(Fact f, Interval i) {
        return f.percent() ? i.scale(PERCENT) : i;
    }

    /** Evaluates this reading alone (alternatives ignored). */
    public Evaluation evaluateAlone() {
        Interval c = computed();
        if (c == null) return new Evaluation(this, null, null);
        Interval claimed = claim.interval();
        Severity s = switch (kind) {
            case PARTS -> c.lo().compareTo(claimed.hi()) > 0 ? Severity.ERROR : null;
            case AT_MOST -> claimed.lo().compareTo(c.hi()) > 0 ? Severity.ERROR : null;
            default -> Verdict.of(c, claimed, claim.shown().value(), claim.contextDecimals());
        };
        return new Evaluation(this, c, s);
    }

    /**
     * Evaluates the relation: it holds when this reading or any alternative holds; otherwise the
     * severity is the mildest of the readings (a warning when one is explained by truncation).
     */
    public Evaluation evaluate() {
        Evaluation main = evaluateAlone();
        if (main.holds() || alternatives.isEmpty()) return main;
        Severity mildest = main.severity();
        for (Relation alt : alternatives) {
            Evaluation e = alt.evaluate();
            if (e.holds()) return e;
            if (e.severity().compareTo(mildest) > 0) mildest = e.severity();
        }
        return new Evaluation(this, main.computed(), mildest);
    }

    /** Every fact the relation reads: the claim first, then the operands. */
    public List<Fact> facts() {
        List<Fact> out = new ArrayList<>(operands.size() + 1);
        out.add(claim);
        out.addAll(operands);
        return out;
    }

    /**
     * The interval {@code x} (the claim or one of the operands) must lie in for this reading to hold,
     * the other facts standing for what they were printed as; null when {@code x} is not in the
     * relation, or the kind cannot be solved for it (PARTS, AT_MOST), or a divisor may be zero.
     */
    public Interval solveFor(Fact x) {
        if (x.equals(claim)) return kind == Kind.PARTS || kind == Kind.AT_MOST ? null : computed();
        int i = operands.indexOf(x);
        if (i < 0) return null;
        Interval c = claim.interval();
        List<Interval> v = new ArrayList<>(operands.size());
        for (Fact f : operands) v.add(f.interval());
        BigDecimal k = claim.percent() ? HUNDRED : BigDecimal.ONE;
        switch (kind) {
            case SUM: {
                Interval s = c;
                for (int j = 0; j < v.size(); j++) if (j != i) s = s.subtract(v.get(j));
                return s;
            }
            case DIFFERENCE: {
                if (i == 0) {
                    Interval s = c;
                    for (int j = 1; j < v.size(); j++) s = s.add(v.get(j));
                    return s;
                }
                Interval s = v.get(0).subtract(c);
                for (int j = 1; j < v.size(); j++) if (j != i) s = s.subtract(v.get(j));
                return s;
            }
            case RATIO: {
                Interval q = c.scale(BigDecimal.ONE.divide(k));
                return i == 0 ? q.multiply(v.get(1)) : v.get(0).divide(q);
            }
            case CHANGE: {
                Interval growth = c.scale(BigDecimal.ONE.divide(k)).add(Interval.exact(BigDecimal.ONE));
                return i == 0 ? v.get(1).multiply(growth) : v.get(0).divide(growth);
            }
            case SAME:
                return c;
            default:
                return null;
        }
    }
}
