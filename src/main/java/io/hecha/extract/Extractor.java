package io.hecha.extract;

import io.hecha.extract.mapping.LoadedMapping;
import io.hecha.extract.mapping.Mapping;
import io.hecha.extract.mapping.MappingSet;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts a report's facts following a mapping: detects the type among the loaded mappings (or uses
 * the forced one), then reads the report fields, the indicators, the amount tables, the problems and
 * suggestions, and the numbers of the running text. Thread-safe: holds only the immutable mappings.
 */
public final class Extractor {
    private final MappingSet mappings;
    private final boolean forced;

    /**
     * @param mappings the mappings to choose from
     * @param forced   true to use the first mapping whatever the document says ({@code --mapping FILE})
     */
    public Extractor(MappingSet mappings, boolean forced) {
        this.mappings = mappings;
        this.forced = forced;
    }

    /** The mappings in use. */
    public MappingSet mappings() {
        return mappings;
    }

    /** The mapping a document is read with: the forced one, else the best-fitting one at or above its minimum. */
    public Optional<LoadedMapping> choose(Document doc) {
        return forced && !mappings.mappings().isEmpty()
                ? Optional.of(mappings.mappings().get(0))
                : TypeDetector.best(doc, mappings.mappings());
    }

    /** Extracts with the best-fitting (or forced) mapping; an empty extraction with a diagnostic when none fits. */
    public Extraction extract(Document doc) {
        return extract(doc, choose(doc));
    }

    /** Extracts with a chosen mapping; an empty extraction with a diagnostic when there is none. */
    public Extraction extract(Document doc, Optional<LoadedMapping> m) {
        if (m.isEmpty()) {
            List<String> scores = TypeDetector.scores(doc, mappings.mappings()).stream()
                    .map(s -> s.mapping().file() + "=" + s.score() + "/" + s.mapping().mapping().detect().minimum()).toList();
            return new Extraction("", null, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(Diagnostic.warning("extract.no-mapping", "no mapping recognises this document (scores "
                            + scores + ", mappings from " + mappings.origin() + ")", null)));
        }
        return extract(doc, m.get());
    }

    /** Indicators stated in amount tables (the 预算执行率 of a self-evaluation form's 项目资金 block). */
    private static List<Indicator> fromTables(Mapping m, Map<String, List<LabeledRow>> tables) {
        List<Indicator> out = new ArrayList<>();
        for (Mapping.FromTable ft : m.indicators().fromTables()) {
            for (LabeledRow r : tables.getOrDefault(ft.table(), List.of())) {
                Value w = r.values().get(ft.weight()), s = r.values().get(ft.score());
                if (w == null || s == null) continue;
                Value wx = new Value(w.printed(), w.value(), w.decimals(), "分", true, w.where());
                Value sx = new Value(s.printed(), s.value(), s.decimals(), "分", true, s.where());
                out.add(new Indicator("", ft.name(), "", ft.name(), wx, sx, "", "", List.of(), null, null, "", "", r.where()));
                break;
            }
        }
        return out;
    }

    /** Extracts with the given mapping. */
    public static Extraction extract(Document doc, LoadedMapping lm) {
        Mapping m = lm.mapping();
        Context ctx = new Context(doc, lm.file());
        Indicators.Result ind = Indicators.read(ctx, m.indicators());
        if (ind.indicators().isEmpty()) {
            ctx.notFound("indicators", "a table with the columns " + m.indicators().columns().keySet()
                    + " (at least the indicator name and its weight or score)");
        }
        ReportInfo report = ReportFields.read(ctx, m, ind.totals());
        Set<Table> used = ind.used();
        Map<String, List<LabeledRow>> tables = new LinkedHashMap<>(AmountTables.read(ctx, m, used));
        if (!ind.levels().isEmpty()) tables.putIfAbsent("levels", ind.levels());
        List<Indicator> indicators = new ArrayList<>(fromTables(m, tables));
        indicators.addAll(IndicatorStatements.add(ctx, m.indicators(), ind.indicators()));
        List<Item> problems = Items.read(ctx, m.problems(), m.categories(), "problems");
        List<Item> suggestions = Items.read(ctx, m.suggestions(), m.categories(), "suggestions");
        List<Fact> facts = Facts.read(ctx, m.facts());
        List<Diagnostic> diags = new ArrayList<>(ctx.diagnostics());
        return new Extraction(lm.file(), report, indicators, tables, problems, suggestions, facts, m.checks(), diags,
                m.version());
    }
}
