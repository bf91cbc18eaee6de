package io.hecha.interpret;

/** What a table column holds. Only {@link #summable()} roles are added up. */
public enum ColumnRole {
    /** Row labels: 项目, 科目名称, 指标名称. */
    LABEL,
    /** Codes that structure the rows: 科目编码, 类/款/项, 功能分类科目编码. Never amounts. */
    CODE,
    /** Line and column numbers: 行次, 栏次, 序号. Never amounts. */
    LINE_NO,
    /** Money and other additive quantities. */
    AMOUNT,
    /** Rates, shares, percentages: checked as quotients, never summed. */
    RATE,
    /** Counts (人数, 个数…): exact numbers. */
    COUNT,
    /** Scores (得分): exact numbers. */
    SCORE,
    /** Weights (权重, 分值, 满分): exact numbers. */
    WEIGHT,
    /** A column stating the unit of the row (单位, 计量单位). */
    UNIT,
    /** Years, dates, periods. */
    YEAR,
    /** Other text: 说明, 偏差原因, 指标值 written in words. */
    TEXT;

    /** True for columns whose numbers add up down the column. */
    public boolean summable() {
        return this == AMOUNT || this == COUNT || this == SCORE || this == WEIGHT;
    }

    /** True for counts and scores: the number is exactly what it says. */
    public boolean exact() {
        return this == COUNT || this == SCORE || this == WEIGHT;
    }

    /** True for columns holding numbers that are values (not codes, line numbers or years). */
    public boolean numeric() {
        return summable() || this == RATE;
    }
}
