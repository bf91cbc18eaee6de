package io.hecha.extract;

import io.hecha.model.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * What extraction read from a report through its mapping.
 *
 * @param mapping     the mapping file name used, or "" when none matched
 * @param report      identity and verdict (null when no mapping matched)
 * @param indicators  the score sheet's 三级指标
 * @param tables      amount tables by mapping field: {@code budget}, {@code fixedAssets},
 *                    {@code threePublic}, {@code projects}, … each a list of labelled rows
 * @param problems    存在的问题 items
 * @param suggestions 建议 items
 * @param facts       every number stated in running text
 * @param checks      the semantic checks the mapping asks for (ids), for the check stage
 * @param diagnostics fields not found, with what was looked for
 * @param mappingVersion the {@code version} of the mapping used (0 when none): batch reruns a file
 *                    when the version of its mapping changed
 */
public record Extraction(String mapping, ReportInfo report, List<Indicator> indicators,
                         Map<String, List<LabeledRow>> tables, List<Item> problems, List<Item> suggestions,
                         List<Fact> facts, List<String> checks, List<Diagnostic> diagnostics, int mappingVersion) {
    public Extraction {
        mapping = mapping == null ? "" : mapping;
        indicators = List.copyOf(indicators);
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
        problems = List.copyOf(problems);
        suggestions = List.copyOf(suggestions);
        facts = List.copyOf(facts);
        checks = List.copyOf(checks);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Without a mapping version (0). */
    public Extraction(String mapping, ReportInfo report, List<Indicator> indicators,
                      Map<String, List<LabeledRow>> tables, List<Item> problems, List<Item> suggestions,
                      List<Fact> facts, List<String> checks, List<Diagnostic> diagnostics) {
        this(mapping, report, indicators, tables, problems, suggestions, facts, checks, diagnostics, 0);
    }

    /** The extraction of a document nothing could be read from. */
    public static Extraction empty() {
        return new Extraction("", null, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
