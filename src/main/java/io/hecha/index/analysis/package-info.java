/**
 * Chinese analysis for the corpus index, on HanLP's segmenter: {@link io.hecha.index.analysis.HanlpAnalyzer}
 * (index mode with sub-words, or query mode), its {@link io.hecha.index.analysis.HanlpTokenizer}, the
 * {@link io.hecha.index.analysis.WordList} of domain words a user can edit, and
 * {@link io.hecha.index.analysis.HanlpTokenizerFactory} so that a Solr node loads the same analysis
 * by name ({@code hecha}). Depends on Lucene and HanLP only: this package is what the Solr plugin
 * jar holds.
 */
package io.hecha.index.analysis;
