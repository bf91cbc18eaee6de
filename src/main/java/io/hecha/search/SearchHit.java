package io.hecha.search;

import io.hecha.index.IndicatorScore;

import java.util.List;
import java.util.Map;

/**
 * One matching report.
 *
 * @param id         the report's id (path of the file indexed)
 * @param score      relevance (0 when there was no text query)
 * @param fields     its stored keyword and number fields ({@code file}, {@code type}, {@code year}…), values as strings
 * @param snippets   highlighted passages, best fields first (headings, text, tables)
 * @param indicators the indicators the request's indicator condition matched (else empty)
 */
public record SearchHit(String id, double score, Map<String, List<String>> fields, List<Snippet> snippets,
                        List<IndicatorScore> indicators) {
    public SearchHit {
        fields = Map.copyOf(fields);
        snippets = List.copyOf(snippets);
        indicators = List.copyOf(indicators);
    }

    /** The first value of a field, or "". */
    public String field(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }
}
