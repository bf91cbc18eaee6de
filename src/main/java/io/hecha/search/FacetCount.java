package io.hecha.search;

/** A facet value and how many matching reports have it. */
public record FacetCount(String value, long count) {
}
