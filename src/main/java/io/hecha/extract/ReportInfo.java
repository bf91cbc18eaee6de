package io.hecha.extract;

import java.util.List;

/**
 * The report's identity and verdict.
 *
 * @param type       the mapping's report type, e.g. {@code 部门整体支出绩效评价}
 * @param subject    被评价单位, full name
 * @param shortName  its 简称 from "（以下简称…）", or null
 * @param year       the evaluated year
 * @param score      the overall score as stated (first statement)
 * @param grade      the grade as stated (first statement)
 * @param evaluator  the evaluating body where stated, or null
 * @param gradeBands the grade bands as the report states them (default bands when it does not)
 * @param scoreStatements every place the overall score is stated (摘要, body, tables, 附件)
 * @param gradeStatements every place the grade is stated
 */
public record ReportInfo(String type, TextField subject, TextField shortName, Value year, Value score,
                         TextField grade, TextField evaluator, List<GradeBand> gradeBands,
                         List<Value> scoreStatements, List<TextField> gradeStatements) {
    public ReportInfo {
        gradeBands = List.copyOf(gradeBands);
        scoreStatements = List.copyOf(scoreStatements);
        gradeStatements = List.copyOf(gradeStatements);
    }
}
