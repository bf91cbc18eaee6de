package io.hecha.interpret.text;

import io.hecha.text.DisplayedNumber;

/**
 * A number stated in a sentence, with its unit.
 *
 * @param number  the number as printed (for 51.59% the percentage; a Chinese numeral as its value)
 * @param unit    the normalised unit (万元, %, 分, 个…), "" when none
 * @param start   offset of the number in the sentence
 * @param end     offset after its unit
 * @param chinese true for a Chinese numeral (十九个)
 */
public record Quantity(DisplayedNumber number, String unit, int start, int end, boolean chinese) {
    /** Money in 元, 万元 or 亿元. */
    public boolean money() {
        return unit.endsWith("元");
    }

    /** A percentage. */
    public boolean percent() {
        return unit.equals("%");
    }
}
