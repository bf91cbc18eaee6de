package io.hecha.extract;

import java.math.BigDecimal;

/**
 * One grade band: scores from {@code lower} to {@code upper} get {@code grade}. A null bound is
 * open.
 */
public record GradeBand(String grade, BigDecimal lower, boolean lowerInclusive, BigDecimal upper,
                        boolean upperInclusive) {
    /** True when the score falls in this band. */
    public boolean contains(BigDecimal score) {
        if (lower != null) {
            int c = score.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) return false;
        }
        if (upper != null) {
            int c = score.compareTo(upper);
            if (c > 0 || (c == 0 && !upperInclusive)) return false;
        }
        return true;
    }
}
