package io.hecha.extract;

import io.hecha.model.Location;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number read from the report: the string exactly as printed beside the parsed value.
 *
 * @param printed  as printed (e.g. {@code 1,369.97}, {@code 51.59%}, {@code 十九})
 * @param value    the parsed value in {@code unit} (for % the percentage, 51.59)
 * @param decimals decimals shown (0 for Chinese numerals)
 * @param unit     normalised unit: 元, 万元, 亿元, %, 分, 家, 个, 人, 项, 次, or "" when none
 * @param exact    true for counts and scores (家/个/人/项/分/权重/分值): no rounding interval
 * @param where    where it was read
 */
public record Value(String printed, BigDecimal value, int decimals, String unit, boolean exact, Location where) {
    public Value {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(value, "value");
        unit = unit == null ? "" : unit;
    }
}
