package io.hecha.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One report as the corpus holds it, whichever store it goes to.
 *
 * @param id         the report's key (absolute path of the file indexed)
 * @param hash       content hash with the schema and word-list fingerprint; unchanged hash = nothing to do
 * @param keywords   keyword fields ({@link Fields#KEYWORDS}) and their values
 * @param numbers    number fields ({@link Fields#NUMBERS}) that are known
 * @param indicators the score sheet's indicators
 * @param lines      text fields ({@link Fields#TEXT_FIELDS}) and their lines
 */
public record ReportRecord(String id, String hash, Map<String, List<String>> keywords, Map<String, BigDecimal> numbers,
                           List<IndicatorScore> indicators, Map<String, List<Line>> lines) {
    public ReportRecord {
        keywords = Map.copyOf(keywords);
        numbers = Map.copyOf(numbers);
        indicators = List.copyOf(indicators);
        lines = Map.copyOf(lines);
    }

    /** The first value of a keyword field, or "". */
    public String keyword(String field) {
        List<String> v = keywords.get(field);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }
}
