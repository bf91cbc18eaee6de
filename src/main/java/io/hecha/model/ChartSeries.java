package io.hecha.model;

import java.util.List;

/**
 * One chart series: its name and its values as the cache stores them (strings, so that
 * {@code 0.86670000000000003} keeps every digit; parse with {@link java.math.BigDecimal}).
 * A missing point is the empty string.
 */
public record ChartSeries(String name, List<String> values) {
    public ChartSeries {
        name = name == null ? "" : name;
        values = List.copyOf(values);
    }
}
