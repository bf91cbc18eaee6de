package io.hecha.interpret;

import io.hecha.model.Location;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number stated by the document, in a table cell or a sentence, with what it is about.
 *
 * @param concept  what the number measures: a column header, a mapping concept ({@code 预算执行率}), or a
 *                 text label; "" when unknown
 * @param subject  what it is a number of: a table row's label path joined by " > "
 *                 ({@code 一般公共服务支出 > 财政事务 > 行政运行}), or the subject of a sentence; ""
 * @param period   the year or period it is for ({@code 2024}), "" when unknown
 * @param unit     the unit, normalised: 元, 万元, 亿元, %, 分, 个, 人…; "" when unknown
 * @param shown    the number as printed
 * @param interval the set of values it stands for (its rounding interval in its context; exact for
 *                 counts and scores)
 * @param location where it is printed
 */
public record Fact(String concept, String subject, String period, String unit, DisplayedNumber shown,
                   Interval interval, Location location) {
    public Fact {
        concept = concept == null ? "" : concept;
        subject = subject == null ? "" : subject;
        period = period == null ? "" : period;
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(interval, "interval");
        location = location == null ? Location.NOWHERE : location;
    }

    /** True when the number is a percentage (printed with % or in a % unit). */
    public boolean percent() {
        return shown.percent() || "%".equals(unit);
    }

    /**
     * The decimals of the context the number was rounded to (its interval's width: 0.005 either side
     * means 2); the printed decimals for exact numbers.
     */
    public int contextDecimals() {
        if (interval.isExact()) return shown.decimals();
        BigDecimal width = interval.hi().subtract(interval.lo()).stripTrailingZeros();
        boolean powerOfTen = width.unscaledValue().equals(java.math.BigInteger.ONE);
        return powerOfTen ? Math.max(shown.decimals(), width.scale()) : shown.decimals();
    }
}
