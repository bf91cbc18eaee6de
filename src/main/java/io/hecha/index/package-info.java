/**
 * The archivists' corpus index: {@link io.hecha.index.Indexer} turns reports (hecha's JSON results,
 * or documents read through the pipeline) into {@link io.hecha.index.ReportRecord}s — full text,
 * section titles, table cells with their caption and labels, the extraction as structured fields —
 * and puts them into a {@link io.hecha.index.ReportStore}: the embedded Lucene index
 * ({@link io.hecha.index.LuceneIndex}) or a Solr collection. Incremental by content hash.
 * {@link io.hecha.index.Fields} names the schema both stores share.
 */
package io.hecha.index;
