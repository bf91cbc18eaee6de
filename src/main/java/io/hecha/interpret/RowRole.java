package io.hecha.interpret;

/** What a row of a table block is. */
public enum RowRole {
    /** A header row of the block. */
    HEADER,
    /** A row of values. */
    DATA,
    /** A row without values in any summable column: a group heading (一、基本支出) or a text row. */
    GROUP,
    /** A 合计 / 总计 row: closes the rows of its scope. */
    TOTAL,
    /** A 小计 row: closes the rows since the previous subtotal or group heading. */
    SUBTOTAL
}
