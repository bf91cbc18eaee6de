/**
 * Writers: the JSON contract (schema in {@code schema/hecha-result.schema.json}), and later the
 * CSV/XLSX summaries and the HTML report. All serialisation of the model lives here.
 */
package io.hecha.output;
