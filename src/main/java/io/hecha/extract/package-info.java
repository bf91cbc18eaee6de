/**
 * Extraction: recognises the report type and, following the declarative mapping files in
 * {@code mappings/}, reads the report's facts (score, indicators, budget, assets, problems…)
 * from the document model into an {@link io.hecha.extract.Extraction}.
 */
package io.hecha.extract;
