package io.hecha.search;

import io.hecha.index.Fields;
import io.hecha.index.IndicatorScore;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Search results as text for a terminal: one block per hit (what it is, then its snippets and where they stand), then the facets. */
public final class SearchResultsText {
    /** Marks around a highlighted match. */
    public static final String OPEN = "【";
    public static final String CLOSE = "】";

    private SearchResultsText() {
    }

    public static void print(SearchResults r, PrintWriter out) {
        out.printf("%d %s (%d ms)%n", r.total(), r.total() == 1 ? "report matches" : "reports match", r.millis());
        int rank = 0;
        for (SearchHit h : r.hits()) {
            out.println();
            out.printf("%d. %s%n", ++rank, headline(h));
            out.printf("   %s%n", h.id());
            for (IndicatorScore i : h.indicators()) {
                out.printf("   指标 %s: 分值 %s, 得分 %s, 得分率 %s%n", i.name(), plain(i.weight()), plain(i.score()),
                        i.rate() == null ? "—" : i.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            }
            List<String> errs = h.fields().getOrDefault(Fields.ERROR, List.of());
            if (!errs.isEmpty()) out.printf("   errors: %s%n", String.join(", ", errs));
            for (Snippet s : h.snippets()) {
                String where = where(s.location());
                out.printf("   %s%s%n", where.isEmpty() ? "" : "[" + where + "] ", s.marked(OPEN, CLOSE));
            }
        }
        if (!r.facets().isEmpty()) out.println();
        for (Map.Entry<String, List<FacetCount>> e : r.facets().entrySet()) {
            String values = e.getValue().stream().map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(" · "));
            out.printf("%s: %s%n", e.getKey(), values.isEmpty() ? "—" : values);
        }
        out.flush();
    }

    /** file — type · subject (short name) · year · score grade */
    static String headline(SearchHit h) {
        List<String> parts = new ArrayList<>();
        add(parts, h.field(Fields.TYPE));
        String subject = h.field(Fields.SUBJECT);
        String shortName = h.field(Fields.SHORT_NAME);
        add(parts, subject.isEmpty() ? shortName : shortName.isEmpty() ? subject : subject + "（" + shortName + "）");
        add(parts, h.field(Fields.YEAR));
        String score = h.field(Fields.SCORE);
        String grade = h.field(Fields.GRADE);
        add(parts, (score.isEmpty() ? "" : score + "分") + (grade.isEmpty() ? "" : (score.isEmpty() ? "" : " ") + grade));
        String file = h.field(Fields.FILE);
        return (file.isEmpty() ? h.id() : file) + (parts.isEmpty() ? "" : " — " + String.join(" · ", parts));
    }

    /** section path · table row/column · p.N */
    static String where(io.hecha.model.Location l) {
        List<String> parts = new ArrayList<>();
        add(parts, l.sectionPath());
        String cell = l.rowLabel().isEmpty() && l.columnLabel().isEmpty() ? ""
                : " " + (l.rowLabel().isEmpty() ? "" : l.rowLabel()) + (l.columnLabel().isEmpty() ? "" : "/" + l.columnLabel());
        if (!l.table().isEmpty()) parts.add(l.table() + cell);
        if (l.page() != null) parts.add("p." + l.page());
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank()) parts.add(s);
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }
}
