package io.hecha.extract;

import java.util.List;

/**
 * One 三级指标 of the score sheet, merged with the per-dimension tables.
 *
 * @param code        A1…D5 where a table gives it, else ""
 * @param level1      一级指标 (e.g. 决策)
 * @param level2      二级指标
 * @param name        三级指标
 * @param weight      权重/分值 from the score sheet
 * @param score       得分 from the score sheet
 * @param criteria    评分标准 text ("" when absent)
 * @param explanation 评分说明/扣分原因 text ("" where the sheet leaves it empty)
 * @param statements  every other place this indicator's weight or score is stated (表12–16…),
 *                    as rows of values keyed by what they are ({@code weight}, {@code score},
 *                    {@code rate})
 */
public record Indicator(String code, String level1, String level2, String name, Value weight, Value score,
                        String criteria, String explanation, List<IndicatorStatement> statements) {
    public Indicator {
        statements = List.copyOf(statements);
    }

    /** Another statement of the same indicator (e.g. its row in 表13). */
    public record IndicatorStatement(String tableId, String name, Value weight, Value score, Value rate) {
    }
}
