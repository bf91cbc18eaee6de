package io.hecha.output;

import io.hecha.check.Finding;
import io.hecha.model.Location;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Section;
import io.hecha.pipeline.Result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a pipeline result into its summary row: identity, verdict and findings as text. */
public final class FindingRows {
    private FindingRows() {
    }

    /**
     * The summary row of a result that was read. Its reason says why a read document is of little
     * use when it is: the reader's status ({@code no text layer}) or that no mapping matched.
     */
    public static SummaryRow summarise(String file, String output, String sha256, Result r) {
        Headings headings = Headings.of(r.document());
        List<FindingRow> findings = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR) errors++;
            else if (f.severity() == Severity.WARNING) warnings++;
            findings.add(of(f, headings));
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
        SummaryRow.Status checked = SummaryRow.Status.OK;
        if (r.coverage().notChecked() != null) {
            checked = SummaryRow.Status.NOT_CHECKED;
            String why = r.coverage().notChecked();
            reason = reason.isEmpty() ? why : reason.contains(why) ? reason : reason + "; " + why;
        }
        return new SummaryRow(file, output, sha256, format, type, subject, year, score, grade, errors, warnings,
                checked, reason, findings, r.coverage().relations());
    }

    /** One finding as text, without the document's headings (sections and bookmarks named as stored). */
    public static FindingRow of(Finding f) {
        return of(f, Headings.NONE);
    }

    private static FindingRow of(Finding f, Headings h) {
        List<FindingRow.EvidenceRow> evidence = new ArrayList<>();
        for (Finding.Evidence e : f.evidence()) evidence.add(new FindingRow.EvidenceRow(e.text(), describe(e.location(), h)));
        Location l = f.location() == null ? Location.NOWHERE : f.location();
        return new FindingRow(f.rule(), f.severity().name().toLowerCase(Locale.ROOT), f.message(),
                describe(l, h), f.values(), f.expected(), f.actual(), evidence, h.page(l), l.bookmark());
    }

    /** Where something stands, for a person: section, table, row and column, page, bookmark. */
    public static String describe(Location l) {
        return describe(l, Headings.NONE);
    }

    private static String describe(Location l, Headings h) {
        if (l == null) return "";
        List<String> parts = new ArrayList<>();
        if (!l.sectionPath().isEmpty()) parts.add("章节 " + h.path(l.sectionPath()));
        String table = table(l.table(), l.caption());
        if (!table.isEmpty()) parts.add(table);
        if (!l.rowLabel().isEmpty()) parts.add("行「" + l.rowLabel() + "」");
        if (!l.columnLabel().isEmpty()) parts.add("列「" + l.columnLabel() + "」");
        if (l.row() != null && l.column() != null) parts.add("第" + (l.row() + 1) + "行第" + (l.column() + 1) + "列");
        else if (l.row() != null) parts.add("第" + (l.row() + 1) + "行");
        else if (l.column() != null) parts.add("第" + (l.column() + 1) + "列");
        Integer page = h.page(l);
        if (page != null) parts.add("第" + page + "页");
        String bookmark = h.bookmark(l.bookmark(), l.sectionPath());
        if (!bookmark.isEmpty()) parts.add(bookmark);
        return String.join(" · ", parts);
    }

    /** The table's name once: its caption when that starts with the id ({@code 表7 固定资产情况表}), else id and caption. */
    static String table(String id, String caption) {
        String c = caption.strip().replaceAll("\\s+", " ");
        if (c.isEmpty()) return id;
        if (id.isEmpty()) return c;
        String idSquashed = id.replaceAll("\\s+", "");
        return c.replaceAll("\\s+", "").startsWith(idSquashed) ? c : id + " " + c;
    }

    /**
     * The document's headings, so that a location reads {@code 第二部分 > 二、 > （二）资产情况} rather
     * than a bare number path and Word's bookmark name {@code _Toc26370}: the bookmark on a heading
     * stands for that heading's text.
     */
    private record Headings(Map<String, Section> byPath, Map<String, Section> byBookmark, boolean onePage) {
        static final Headings NONE = new Headings(Map.of(), Map.of(), false);

        /** The page: the reader's, or 1 when the document says it has one page (docProps of a DOCX) and the reader gave none. */
        Integer page(Location l) {
            if (l.page() != null) return l.page();
            return onePage && !l.isEmpty() ? Integer.valueOf(1) : null;
        }

        static Headings of(Document d) {
            Map<String, Section> byPath = new HashMap<>();
            Map<String, Section> byBookmark = new HashMap<>();
            for (Section s : d.allSections()) {
                byPath.putIfAbsent(s.path(), s);
                for (String b : s.bookmarks()) byBookmark.putIfAbsent(b, s);
            }
            Integer pages = d.source().pageCount();
            return new Headings(byPath, byBookmark, pages != null && pages == 1);
        }

        /** The path with the innermost section's title after its number. */
        String path(String path) {
            Section s = byPath.get(path);
            if (s == null || s.title().isBlank()) return path;
            String number = s.number();
            boolean joined = path.endsWith(number) && !number.isEmpty() && "、）)．.：:".indexOf(number.charAt(number.length() - 1)) >= 0;
            return path + (joined ? "" : " ") + s.title().strip();
        }

        /** How to name a bookmark: nothing when it is the heading already named, else the heading's text or its name. */
        String bookmark(String name, String sectionPath) {
            if (name.isEmpty()) return "";
            Section s = byBookmark.get(name);
            if (s != null) return s.path().equals(sectionPath) ? "" : "「" + s.heading().strip() + "」";
            return name.startsWith("_") ? "" : "书签 " + name; // _Toc, _Hlk, _Ref: Word's own names mean nothing to a reader
        }
    }
}
