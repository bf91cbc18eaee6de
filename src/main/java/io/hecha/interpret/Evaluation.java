package io.hecha.interpret;

import io.hecha.model.Diagnostic.Severity;

import java.util.Objects;

/**
 * A relation evaluated with interval arithmetic.
 *
 * @param relation the relation (the main reading, or the alternative that held)
 * @param computed the interval computed from the operands (null when nothing could be computed,
 *                 e.g. a quotient by an interval containing zero)
 * @param severity null when the relation holds; {@link Severity#WARNING} when it fails but the claim
 *                 is the computed value truncated; {@link Severity#ERROR} otherwise
 */
public record Evaluation(Relation relation, Interval computed, Severity severity) {
    public Evaluation {
        Objects.requireNonNull(relation, "relation");
    }

    /** True when the relation holds (or could not be evaluated). */
    public boolean holds() {
        return severity == null;
    }

    /** True when it holds and the printed claim equals the nominal computed value shown to its decimals. */
    public boolean exact() {
        if (severity != null || computed == null) return false;
        Fact c = relation.claim();
        return computed.nominalText(c.contextDecimals()).equals(
                c.shown().value().setScale(c.contextDecimals(), java.math.RoundingMode.HALF_UP).toPlainString());
    }
}
