/**
 * Writers: the JSON contract (schema in {@code schema/hecha-result.schema.json}), the batch
 * summaries ({@link io.hecha.output.SummaryCsv}, {@link io.hecha.output.SummaryXlsx},
 * {@link io.hecha.output.SummaryHtml}) from {@link io.hecha.output.SummaryRow}s, and atomic file
 * writing ({@link io.hecha.output.AtomicFiles}). All serialisation of the model lives here.
 */
package io.hecha.output;
