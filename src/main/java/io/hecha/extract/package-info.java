/**
 * Extraction: recognises the report type and, following the declarative mapping files in
 * {@code mappings/} ({@link io.hecha.extract.mapping}), reads the report's facts from the document
 * model into an {@link io.hecha.extract.Extraction}.
 * <ul>
 *   <li>{@link io.hecha.extract.Extractor}: type detection and the run over one document;</li>
 *   <li>{@code ReportFields}, {@code GradeBands}: identity, score, grade, evaluator, grade bands;</li>
 *   <li>{@code Indicators}, {@code IndicatorStatements}: the score sheet merged with the per-dimension
 *       tables and the text's restatements;</li>
 *   <li>{@code AmountTables}: budget, fixed assets, 三公, projects, funding blocks, by header words;</li>
 *   <li>{@code Items}, {@code Categories}: numbered problems and suggestions;</li>
 *   <li>{@code Facts}: every number of the running text with label and unit;</li>
 *   <li>{@link io.hecha.extract.Words}: HanLP word matching, configured once and shared.</li>
 * </ul>
 */
package io.hecha.extract;
