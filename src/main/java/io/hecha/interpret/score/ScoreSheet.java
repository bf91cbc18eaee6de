package io.hecha.interpret.score;

import io.hecha.text.DisplayedNumber;

import java.util.List;

/**
 * A score sheet found in a table: its indicators (each counted once, however often the sheet repeats
 * its header at page breaks), its 总分 row, and — on a self-evaluation form — the 项目资金 block whose
 * total row scores the 预算执行率.
 *
 * @param table      the table's position in {@code Document.tables()}
 * @param project    the 项目名称 the form states, "" when none
 * @param indicators the indicators in order
 * @param totalRow   the 总分 row, -1 when the sheet has none
 * @param totalWeight the 总分 row's weight, null when not stated
 * @param totalScore the 总分 row's score, null when not stated
 * @param funding    the 项目资金 block's total row as an indicator (预算执行率, its 分值 and 得分), or null
 */
public record ScoreSheet(int table, String project, List<Indicator> indicators, int totalRow, Cell totalWeight,
                         Cell totalScore, Indicator funding) {
    public ScoreSheet {
        indicators = List.copyOf(indicators);
    }

    /** A numeric cell of the sheet. */
    public record Cell(int row, int column, DisplayedNumber number) {
    }

    /**
     * One indicator: its levels, name and code as printed, its weight and score cells (null when
     * blank), its row and its explanation (评分说明, 扣分原因, 偏差原因…).
     */
    public record Indicator(String level1, String level2, String name, String code, Cell weight, Cell score,
                            int row, String explanation) {
    }
}
