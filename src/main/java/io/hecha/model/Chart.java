package io.hecha.model;

import java.util.List;

/**
 * A chart with the data its source caches (for DOCX: the chart part's {@code c:strCache} and
 * {@code c:numCache}).
 *
 * @param id         the chart's id from its caption ({@code 图1}), or a generated {@code chart-N}
 * @param caption    the caption text, "" when none was found
 * @param type       chart type as the source names it ({@code bar}, {@code line}, …)
 * @param categories category labels
 * @param series     the data series
 * @param provenance where it stands
 */
public record Chart(String id, String caption, String type, List<String> categories,
                   List<ChartSeries> series, Provenance provenance) implements Block {
    public Chart {
        caption = caption == null ? "" : caption;
        type = type == null ? "" : type;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
