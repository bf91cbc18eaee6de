package io.hecha.check;

import io.hecha.check.Finding.Evidence;
import io.hecha.check.Finding.Location;
import io.hecha.check.table.ColumnFootCheck;
import io.hecha.check.table.CrossFootCheck;
import io.hecha.check.table.DifferenceCheck;
import io.hecha.check.table.RateColumnCheck;
import io.hecha.check.semantic.ChartTableCheck;
import io.hecha.check.semantic.CountCheck;
import io.hecha.check.semantic.IndicatorRestatementCheck;
import io.hecha.check.semantic.NetValueCheck;
import io.hecha.check.semantic.OverallScoreCheck;
import io.hecha.check.semantic.ScoreSheetCheck;
import io.hecha.check.text.SameLabelCheck;
import io.hecha.check.text.TextRateCheck;
import io.hecha.extract.Extraction;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;

import java.util.ArrayList;
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
                new ColumnFootCheck(),
                new CrossFootCheck(),
                new RateColumnCheck(),
                new DifferenceCheck(),
                new TextRateCheck(),
                semantic(new NetValueCheck(), "fixed-asset-net-value"),
                semantic(new ScoreSheetCheck(), "score-sheet"),
                semantic(new OverallScoreCheck(), "grade-bands", "restated-facts"),
                semantic(new IndicatorRestatementCheck(), "restated-facts", "score-sheet"),
                semantic(new ChartTableCheck(), "chart-vs-table"),
                semantic(new CountCheck(), "announced-counts"),
                new SameLabelCheck());
    }

    /**
     * A semantic rule that runs when the matched mapping lists one of its ids under {@code checks},
     * or when no mapping matched (then every rule runs: each finds what it checks by header and
     * label words).
     */
    static Check semantic(Check rule, String... ids) {
        return new Check() {
            @Override
            public List<Finding> check(Document doc, Extraction extraction) {
                List<String> listed = extraction == null ? List.of() : extraction.checks();
                if (!listed.isEmpty() && java.util.Arrays.stream(ids).noneMatch(listed::contains)) return List.of();
                return rule.check(doc, extraction);
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

    /** Runs every rule; a rule that fails with an exception is reported as an info finding. */
    public static List<Finding> run(Document document, Extraction extraction) {
        Document doc = TableContinuations.join(document);
        List<Finding> raw = new ArrayList<>();
        for (Check c : all()) {
            try {
                raw.addAll(c.check(doc, extraction));
            } catch (RuntimeException e) {
                raw.add(new Finding("check.failed", Severity.INFO, "规则 " + name(c) + " 未能完成：" + e,
                        Location.NOWHERE, List.of(), List.of(), "", ""));
            }
        }
        return merge(raw);
    }

    /** Merges findings whose claims stand in the same place (same table cell, or same sentence and claim). */
    public static List<Finding> merge(List<Finding> raw) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (sameInconsistency(out.get(i), f)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) out.add(f);
            else out.set(same, combine(out.get(same), f));
        }
        return out;
    }

    private static boolean sameInconsistency(Finding a, Finding b) {
        if (a.severity() == Severity.INFO || b.severity() == Severity.INFO) return false;
        if (!a.actual().isEmpty() && a.actual().equals(b.actual()) && key(a.location()).equals(key(b.location()))) return true;
        // a shared changed cell: both compare the same printed cell as claim or part
        Set<String> cellsA = new LinkedHashSet<>();
        for (Evidence e : a.evidence()) if (e.location().row() != null) cellsA.add(key(e.location()) + "=" + e.text());
        for (Evidence e : b.evidence()) {
            if (e.location().row() == null) continue;
            if (cellsA.contains(key(e.location()) + "=" + e.text())) return true;
        }
        return false;
    }

    private static String key(Location l) {
        return l.tableId() + "|" + l.sectionPath() + "|" + l.row() + "|" + l.column() + "|" + l.bookmark();
    }

    private static Finding combine(Finding a, Finding b) {
        List<Evidence> ev = new ArrayList<>(a.evidence());
        for (Evidence e : b.evidence()) if (!ev.contains(e)) ev.add(e);
        LinkedHashSet<String> values = new LinkedHashSet<>(a.values());
        values.addAll(b.values());
        Severity s = a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity();
        String message = a.message().equals(b.message()) ? a.message() : a.message() + " 另：" + b.message();
        return new Finding(a.rule(), s, message, a.location(), ev, new ArrayList<>(values), a.expected(), a.actual());
    }
}
