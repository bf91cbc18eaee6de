package io.hecha.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * Where the corpus is kept: the embedded Lucene index or a Solr collection. Changes become visible
 * to searches at {@link #commit}.
 */
public interface ReportStore extends Closeable {
    /** The content hash of every indexed report, by id. */
    Map<String, String> hashes() throws IOException;

    /** Adds a report, replacing the one with the same id. */
    void put(ReportRecord report) throws IOException;

    /** Removes a report. */
    void delete(String id) throws IOException;

    /** How many reports the store holds (after the last commit). */
    long count() throws IOException;

    /** Removes every report. */
    void deleteAll() throws IOException;

    /** Makes the changes durable and visible. */
    void commit() throws IOException;

    /** Where this store is, for messages ({@code output/index}, {@code solr http://…/hecha}). */
    String describe();
}
