/**
 * The corpus on SolrCloud: {@link io.hecha.solr.SolrCorpus} is both the {@link io.hecha.index.ReportStore}
 * that {@code hecha index --solr|--zk} writes to and the {@link io.hecha.search.CorpusSearcher} that
 * {@code hecha search --solr|--zk} asks, over the same schema ({@code solr/configset/hecha}) and the same
 * HanLP analyzer (loaded by the Solr node from the analyzer jar). It talks through SolrJ's JDK HTTP
 * client or, with ZooKeeper hosts, its Apache-HttpClient cloud client, so no Jetty is on hecha's class path.
 */
package io.hecha.solr;
