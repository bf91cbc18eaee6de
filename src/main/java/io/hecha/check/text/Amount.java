package io.hecha.check.text;

import io.hecha.interpret.Interval;
import io.hecha.text.DisplayedNumber;

/**
 * A number stated in a sentence with its unit and the words before it.
 *
 * @param number the number as printed (for 51.59% the percentage)
 * @param unit   万元, 亿元, 元, %, 分, 个, 家, 人, 项, 次, 个百分点, or ""
 * @param label  the words between the previous number or punctuation and this number
 * @param start  offset of the number in the sentence
 * @param end    offset after its unit
 */
public record Amount(DisplayedNumber number, String unit, String label, int start, int end) {
    /** The number as printed, with its unit. */
    public String printed() {
        return number.printed();
    }

    /** Money in 元/万元/亿元. */
    public boolean money() {
        return unit.endsWith("元");
    }

    /** A percentage. */
    public boolean percent() {
        return unit.equals("%");
    }

    /** Counts and scores are exact; other numbers stand for their rounding interval. */
    public Interval interval() {
        return exact() ? Interval.exact(number.value()) : Interval.of(number);
    }

    /** True for counts and scores. */
    public boolean exact() {
        return unit.matches("分|个|家|人|项|次|户|场");
    }
}
