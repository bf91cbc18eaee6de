package io.hecha.output;

import io.hecha.check.Finding;
import io.hecha.model.Location;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.pipeline.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a pipeline result into its summary row: identity, verdict and findings as text. */
public final class FindingRows {
    private FindingRows() {
    }

    /**
     * The summary row of a result that was read. Its reason says why a read document is of little
     * use when it is: the reader's status ({@code no text layer}) or that no mapping matched.
     */
    public static SummaryRow summarise(String file, String output, String sha256, Result r) {
        List<FindingRow> findings = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR) errors++;
            else if (f.severity() == Severity.WARNING) warnings++;
            findings.add(of(f));
        }
        var info = r.extraction() == null ? null : r.extraction().report();
        String type = "", subject = "", year = "", score = "", grade = "";
        if (info != null) {
            type = info.type();
            subject = info.subject() == null ? "" : info.subject().text();
            year = info.year() == null ? "" : info.year().printed();
            score = info.score() == null ? "" : info.score().printed();
            grade = info.grade() == null ? "" : info.grade().text();
        }
        String format = r.document().source().format();
        String status = r.document().source().status();
        String reason = "ok".equals(status) ? "" : status;
        if (reason.isEmpty() && r.extraction() != null && r.extraction().mapping().isEmpty()) {
            reason = "not recognised as an evaluation report (no mapping matched)";
        }
        return new SummaryRow(file, output, sha256, format, type, subject, year, score, grade, errors, warnings,
                SummaryRow.Status.OK, reason, findings);
    }

    /** One finding as text. */
    public static FindingRow of(Finding f) {
        List<FindingRow.EvidenceRow> evidence = new ArrayList<>();
        for (Finding.Evidence e : f.evidence()) evidence.add(new FindingRow.EvidenceRow(e.text(), describe(e.location())));
        return new FindingRow(f.rule(), f.severity().name().toLowerCase(Locale.ROOT), f.message(),
                describe(f.location()), f.values(), f.expected(), f.actual(), evidence);
    }

    /** Where something stands, for a person: section, table, row and column, page, bookmark. */
    public static String describe(Location l) {
        if (l == null) return "";
        List<String> parts = new ArrayList<>();
        if (!l.sectionPath().isEmpty()) parts.add("章节 " + l.sectionPath());
        if (!l.table().isEmpty() || !l.caption().isEmpty()) {
            String t = l.table();
            if (!l.caption().isEmpty()) t = (t + " " + l.caption()).trim();
            parts.add(t);
        }
        if (!l.rowLabel().isEmpty()) parts.add("行「" + l.rowLabel() + "」");
        if (!l.columnLabel().isEmpty()) parts.add("列「" + l.columnLabel() + "」");
        if (l.row() != null && l.column() != null) parts.add("第" + (l.row() + 1) + "行第" + (l.column() + 1) + "列");
        else if (l.row() != null) parts.add("第" + (l.row() + 1) + "行");
        else if (l.column() != null) parts.add("第" + (l.column() + 1) + "列");
        if (l.page() != null) parts.add("第" + l.page() + "页");
        if (!l.bookmark().isEmpty()) parts.add("书签 " + l.bookmark());
        return String.join(" · ", parts);
    }
}
