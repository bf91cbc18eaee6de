package io.hecha.extract;

import io.hecha.model.Location;
import java.util.List;

/**
 * One 三级指标 of the score sheet, merged with the per-dimension tables.
 *
 * @param code         A1…D5 where a table gives it, else ""
 * @param level1       一级指标 without decorations (决策指标（15分） → 决策)
 * @param level2       二级指标
 * @param name         三级指标 as the score sheet names it
 * @param weight       权重/分值 from the score sheet
 * @param score        得分 from the score sheet
 * @param criteria     评分标准 text ("" when absent)
 * @param explanation  评分说明/扣分原因/偏差原因 text ("" where the sheet leaves it empty)
 * @param statements   every other place this indicator's weight or score is stated (表12–16…),
 *                     with the name that place uses
 * @param level1Weight the weight stated for the 一级指标 (in its cell "（15分）" or its own column), or null
 * @param level2Weight the weight stated for the 二级指标 in its own column, or null
 * @param target       年度指标值 (self-evaluation forms), "" when absent
 * @param actual       实际完成值 (self-evaluation forms), "" when absent
 * @param where        the score sheet row
 */
public record Indicator(String code, String level1, String level2, String name, Value weight, Value score,
                        String criteria, String explanation, List<IndicatorStatement> statements,
                        Value level1Weight, Value level2Weight, String target, String actual, Location where) {
    public Indicator {
        code = code == null ? "" : code;
        level1 = level1 == null ? "" : level1;
        level2 = level2 == null ? "" : level2;
        criteria = criteria == null ? "" : criteria;
        explanation = explanation == null ? "" : explanation;
        statements = List.copyOf(statements);
        target = target == null ? "" : target;
        actual = actual == null ? "" : actual;
    }

    /** The original shape (no level weights, targets or position). */
    public Indicator(String code, String level1, String level2, String name, Value weight, Value score,
                     String criteria, String explanation, List<IndicatorStatement> statements) {
        this(code, level1, level2, name, weight, score, criteria, explanation, statements, null, null, "", "", null);
    }

    /**
     * Another statement of the same indicator (its row in 表13, or the sentence "B15政府采购执行率（1分）
     * …得0.76分").
     *
     * @param tableId the table id, "" for a text statement
     * @param name    the name used there (may differ from the sheet's)
     * @param where   where it stands
     */
    public record IndicatorStatement(String tableId, String name, Value weight, Value score, Value rate, Location where) {
        /** Without position. */
        public IndicatorStatement(String tableId, String name, Value weight, Value score, Value rate) {
            this(tableId, name, weight, score, rate, null);
        }
    }
}
