package io.hecha.interpret.text;

import io.hecha.interpret.Interval;
import io.hecha.text.DisplayedNumber;

/**
 * A number stated in running text, read once with the vocabulary: what it is (concept), of what
 * (subject), when (period), its unit, the interval it stands for, and where it stands.
 *
 * @param index    0-based position among the document's text facts
 * @param concept  the vocabulary concept its label names ("" when none does)
 * @param subject  what it is about, normalised ({@code 一般公共服务 > 信访事务 > 行政运行}, {@code 因公出国（境）费});
 *                 "" when the text does not say
 * @param period   the year it is of ("2024"), "" when unknown
 * @param unit     the normalised unit (万元, %, 分, 个…), "" when none
 * @param shown    the number as printed
 * @param exact    true for counts (a count is exactly what it says)
 * @param label    the words before the number in its clause, as printed
 * @param sentence the sentence it stands in
 * @param start    offset of the number in the sentence
 * @param end      offset after its unit
 * @param of       for a change or a share: the index of the fact it is stated about, else -1
 * @param base     for a change or a share: what it is compared with, else null
 * @param negative true for a decrease (减少, 下降…): the signed value is minus the printed one
 */
public record TextFact(int index, String concept, String subject, String period, String unit,
                       DisplayedNumber shown, boolean exact, String label, TextSentence sentence,
                       int start, int end, int of, BaseRef base, boolean negative) {
    /**
     * What a change or share is compared with, as the text names it ("比2023年度决算数": concept 执行数,
     * period 2023; "占政府采购支出总额的": words 政府采购支出总额). All empty: the sentence's total.
     *
     * @param concept the concept named, "" when none
     * @param words   the words naming it, normalised
     * @param period  the period named, "" when none
     */
    public record BaseRef(String concept, String words, String period) {
    }

    /** The interval the printed number stands for (its own decimals; exact for counts), signed. */
    public Interval interval() {
        Interval i = exact ? Interval.exact(shown.value()) : Interval.of(shown);
        return negative ? i.negate() : i;
    }

    /** The printed number with its unit, as in messages. */
    public String printed() {
        return (negative ? "−" : "") + shown.printed() + (unit.equals("%") || shown.percent() ? "" : unit);
    }

    /** The characters of the number in its paragraph's text. */
    public int[] chars() {
        return new int[]{sentence.start() + start, sentence.start() + end};
    }
}
