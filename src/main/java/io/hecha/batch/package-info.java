/**
 * Batch review of folders of reports: {@link io.hecha.batch.InputCollector} finds the inputs,
 * {@link io.hecha.batch.BatchRunner} handles each in an isolated worker (time limit, size limit,
 * every failure caught and turned into a summary row), writes each input's JSON as soon as it is
 * done, keeps a state journal so a rerun skips what is unchanged, and writes the summaries
 * (CSV, XLSX, HTML, in {@link io.hecha.output}) at the end.
 */
package io.hecha.batch;
