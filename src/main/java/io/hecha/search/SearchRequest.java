package io.hecha.search;

import java.math.BigDecimal;
import java.util.List;

/**
 * A search.
 *
 * @param query      Chinese full text: words or {@code "quoted phrases"} separated by spaces, all required; "" for none
 * @param where      a structured filter, or null
 * @param indicator  an indicator name the report must have, or null
 * @param below      with {@code indicator}: its rate (score ÷ weight) must be below this, or null
 * @param above      with {@code indicator}: its rate must be above this, or null
 * @param facets     facet fields to count ({@code year}, {@code type}, {@code grade}, {@code subject}, {@code rule}…)
 * @param limit      hits to return
 * @param facetLimit values per facet to return
 */
public record SearchRequest(String query, Condition where, String indicator, BigDecimal below, BigDecimal above,
                            List<String> facets, int limit, int facetLimit) {
    public SearchRequest {
        query = query == null ? "" : query.strip();
        facets = facets == null ? List.of() : List.copyOf(facets);
        if (limit < 0) throw new IllegalArgumentException("limit < 0");
    }

    /** A text query with default limits. */
    public static SearchRequest text(String query) {
        return new SearchRequest(query, null, null, null, null, List.of(), 10, 10);
    }

    /** The same request with other facets. */
    public SearchRequest withFacets(List<String> f) {
        return new SearchRequest(query, where, indicator, below, above, f, limit, facetLimit);
    }

    /** The same request with another filter. */
    public SearchRequest withWhere(Condition w) {
        return new SearchRequest(query, w, indicator, below, above, facets, limit, facetLimit);
    }

    /** The same request with an indicator condition. */
    public SearchRequest withIndicator(String name, BigDecimal under, BigDecimal over) {
        return new SearchRequest(query, where, name, under, over, facets, limit, facetLimit);
    }

    /** The same request with another limit. */
    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, where, indicator, below, above, facets, n, facetLimit);
    }
}
