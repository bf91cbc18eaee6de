package io.hecha.search;

import io.hecha.index.Fields;
import io.hecha.index.IndicatorScore;
import io.hecha.index.IndicatorsJson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What both searchers return the same way: which stored fields, how many passages, facet order, the matched indicators. */
public final class StoredHits {
    /** Passages asked of the highlighter per text field, and kept per hit. */
    public static final int PASSAGES = 3;
    /** Longest stored text the highlighter looks into. */
    public static final int HIGHLIGHT_CHARS = 4_000_000;
    /** Facet values: most frequent first, then by value. */
    public static final Comparator<FacetCount> FACET_ORDER = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);

    private StoredHits() {
    }

    /** The stored fields a hit shows: id, keywords, numbers, the indicators (not the text, not the hash). */
    public static List<String> storedFields() {
        List<String> out = new ArrayList<>();
        out.add(Fields.ID);
        out.addAll(Fields.KEYWORDS);
        out.addAll(Fields.NUMBERS);
        out.add(Fields.INDICATORS_JSON);
        return out;
    }

    /** Rejects a facet field that does not exist. */
    public static void checkFacet(String field) throws QuerySyntaxException {
        if (!Fields.FACETS.contains(field)) {
            throw new QuerySyntaxException("--facet: unknown field '" + field + "' (known: " + String.join(", ", Fields.FACETS) + ")");
        }
    }

    /** The stored indicators named {@code name} (none when no name was asked for). */
    public static List<IndicatorScore> matchingIndicators(String json, String name) {
        if (name == null || name.isBlank()) return List.of();
        String wanted = Fields.normalizeName(name);
        List<IndicatorScore> out = new ArrayList<>();
        for (IndicatorScore i : IndicatorsJson.read(json)) {
            if (Fields.normalizeName(i.name()).equals(wanted)) out.add(i);
        }
        return out;
    }
}
