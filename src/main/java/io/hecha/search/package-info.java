/**
 * Search over the corpus index: {@link io.hecha.search.CorpusSearcher} answers a
 * {@link io.hecha.search.SearchRequest} (Chinese full text, {@code --where} filters parsed by
 * {@link io.hecha.search.WhereParser}, indicator-level conditions, facets) with ranked
 * {@link io.hecha.search.SearchHit}s whose {@link io.hecha.search.Snippet}s say where they stand.
 * {@link io.hecha.search.LuceneSearcher} searches the embedded index; the Solr implementation shares
 * the request, the results and the snippet format. {@link io.hecha.search.SearchResultsJson} writes results.
 */
package io.hecha.search;
