package io.hecha.check;

import io.hecha.check.Finding.Evidence;
import io.hecha.model.Location;
import io.hecha.check.table.StaleFormulaCheck;
import io.hecha.check.table.TableRelationsCheck;
import io.hecha.check.semantic.ChartTableCheck;
import io.hecha.check.semantic.CountCheck;
import io.hecha.check.semantic.IndicatorRestatementCheck;
import io.hecha.check.semantic.NetValueCheck;
import io.hecha.check.semantic.OverallScoreCheck;
import io.hecha.check.semantic.ScoreSheetCheck;
import io.hecha.check.text.RelationCheck;
import io.hecha.extract.Extraction;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.interpret.Interpretation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry of every rule, and the runner that merges their findings: one inconsistency is one
 * finding, so findings that compare the same printed cell or sentence claim are merged (evidence and
 * values united, the worse severity kept).
 */
public final class Checks {
    private Checks() {
    }

    /** Every rule, in the order findings are reported. */
    public static List<Check> all() {
        return List.of(
                // first: where a workbook cell shows an old result of its own formula, that is the diagnosis
                // the broken table relations at that cell merge into
                new StaleFormulaCheck(),
                new TableRelationsCheck(),
                semantic(new NetValueCheck(), "fixed-asset-net-value"),
                semantic(new ScoreSheetCheck(), "score-sheet"),
                semantic(new OverallScoreCheck(), "grade-bands", "restated-facts"),
                semantic(new IndicatorRestatementCheck(), "restated-facts", "score-sheet"),
                semantic(new ChartTableCheck(), "chart-vs-table"),
                semantic(new CountCheck(), "announced-counts"),
                new RelationCheck(),
                new io.hecha.check.semantic.CompletenessCheck());
    }

    /**
     * A semantic rule that runs when the matched mapping lists one of its ids under {@code checks},
     * or when no mapping matched (then every rule runs: each finds what it checks by header and
     * label words).
     */
    static Check semantic(Check rule, String... ids) {
        return new Check() {
            @Override
            public List<Finding> check(Interpretation in, Extraction extraction) {
                List<String> listed = extraction == null ? List.of() : extraction.checks();
                if (!listed.isEmpty() && java.util.Arrays.stream(ids).noneMatch(listed::contains)) return List.of();
                return rule.check(in, extraction);
            }

            @Override
            public String toString() {
                return rule.getClass().getSimpleName();
            }
        };
    }

    private static String name(Check c) {
        return c.getClass().isAnonymousClass() ? c.toString() : c.getClass().getSimpleName();
    }

    /** Interprets a document with the built-in interpretation and runs every rule. */
    public static List<Finding> run(io.hecha.model.Document document, Extraction extraction) {
        return run(new io.hecha.interpret.Interpreter().interpret(document), extraction);
    }

    /** Runs every rule; a rule that fails with an exception is reported as an info finding. */
    public static List<Finding> run(Interpretation interpretation, Extraction extraction) {
        List<Finding> raw = new ArrayList<>();
        for (Check c : all()) {
            try {
                raw.addAll(c.check(interpretation, extraction));
            } catch (RuntimeException e) {
                raw.add(new Finding("check.failed", Severity.INFO, "规则 " + name(c) + " 未能完成：" + e,
                        Location.NOWHERE, List.of(), List.of(), "", ""));
            }
        }
        return OcrUncertainty.demote(interpretation.document(), merge(raw));
    }

    /**
     * Merges findings whose claims stand in the same place: the same printed claim at the same
     * location, or a shared compared cell (the same printed cell as claim or part of both). Findings
     * are indexed by these keys, so merging is linear in the number of findings and their evidence.
     */
    public static List<Finding> merge(List<Finding> raw) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        for (Finding f : raw) {
            if (f.severity() == Severity.INFO) {
                out.add(f);
                continue;
            }
            int same = Integer.MAX_VALUE;
            for (String k : keys(f)) {
                Integer i = byKey.get(k);
                if (i != null && i < same) same = i;
            }
            int at;
            if (same == Integer.MAX_VALUE) {
                out.add(f);
                at = out.size() - 1;
            } else {
                out.set(same, combine(out.get(same), f));
                at = same;
            }
            for (String k : keys(out.get(at))) byKey.putIfAbsent(k, at);
        }
        return out;
    }

    /** The keys under which a finding is the same inconsistency as another. */
    private static List<String> keys(Finding f) {
        List<String> keys = new ArrayList<>(f.evidence().size() + 1);
        if (!f.actual().isEmpty()) keys.add("claim|" + f.actual() + "|" + key(f.location()));
        for (Evidence e : f.evidence()) if (e.location().row() != null) keys.add("cell|" + key(e.location()) + "=" + e.text());
        return keys;
    }

    private static String key(Location l) {
        return l.table() + "|" + l.sectionPath() + "|" + l.row() + "|" + l.column() + "|" + l.bookmark();
    }

    private static Finding combine(Finding a, Finding b) {
        List<Evidence> ev = new ArrayList<>(a.evidence());
        Set<Evidence> seen = new HashSet<>(ev);
        for (Evidence e : b.evidence()) if (seen.add(e)) ev.add(e);
        LinkedHashSet<String> values = new LinkedHashSet<>(a.values());
        values.addAll(b.values());
        Severity s = a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity();
        String message = a.message().equals(b.message()) ? a.message() : a.message() + " 另：" + b.message();
        return new Finding(a.rule(), s, message, a.location(), ev, new ArrayList<>(values), a.expected(), a.actual());
    }
}
