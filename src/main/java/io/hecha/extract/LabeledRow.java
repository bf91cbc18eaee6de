package io.hecha.extract;

import io.hecha.model.Location;
import java.util.Map;

/**
 * A labelled row of amounts (a unit's budget, a 三公 line, a project), values keyed by the
 * mapping's field names ({@code 原值}, {@code 累计折旧}, {@code 净值}, {@code 年初预算}…).
 *
 * @param label  the row label as printed
 * @param level  hierarchy depth (0 top; 1 for （1） under 2．; used for 三公 lines)
 * @param total  true for 合计/小计/总计 rows
 * @param values the row's values by field name, in column order
 * @param where  where the row stands
 */
public record LabeledRow(String label, int level, boolean total, Map<String, Value> values, Location where) {
    public LabeledRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
