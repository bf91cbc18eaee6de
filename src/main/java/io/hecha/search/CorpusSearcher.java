package io.hecha.search;

import io.hecha.index.IndexUnavailableException;

import java.io.Closeable;

/** Answers searches over a corpus: the embedded index ({@link LuceneSearcher}) or a Solr collection. */
public interface CorpusSearcher extends Closeable {
    /**
     * Runs a search.
     *
     * @throws QuerySyntaxException      when the request names an unknown facet field
     * @throws IndexUnavailableException when the index turns out damaged or the cluster unreachable
     */
    SearchResults search(SearchRequest request) throws QuerySyntaxException, IndexUnavailableException;
}
