package io.hecha.interpret;

import java.util.Objects;

/**
 * A column of a table block.
 *
 * @param index     the grid column
 * @param header    the header text: the block's header rows' distinct texts joined by a space
 * @param role      what the column holds
 * @param unit      the unit from the header or caption ({@code 万元}, {@code %}, {@code 分}), "" when unknown
 * @param precision the most decimals shown in the column's body (its rounding context)
 */
public record Column(int index, String header, ColumnRole role, String unit, int precision) {
    public Column {
        header = header == null ? "" : header;
        Objects.requireNonNull(role, "role");
        unit = unit == null ? "" : unit;
    }
}
