package io.hecha.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total    how many reports match
 * @param hits     the best {@code limit} of them
 * @param facets   per requested facet field, its values by count (then value), at most {@code facetLimit}
 * @param millis   time taken
 * @param warnings things the user should know (the word list changed since indexing…)
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, long millis,
                            List<String> warnings) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        warnings = List.copyOf(warnings);
    }
}
