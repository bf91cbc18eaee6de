package io.hecha.check.semantic;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.extract.Extraction;
import io.hecha.extract.Words;
import io.hecha.extract.mapping.Mapping.RequiredSpec;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Section;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts a report type requires (the matched mapping's {@code required}: tables and sections,
 * e.g. the 九张表 of a 部门预算, the outline of 财预〔2020〕10号 for a 项目支出绩效评价报告) are present: each is
 * found when one of its words stands in a heading, a title line, a table caption or a table's header
 * cells. The missing ones are named in one warning.
 */
public final class CompletenessCheck implements Check {
    public static final String RULE = "completeness.missing";
    private static final int TITLE_LENGTH = 60;
    private static final int HEADER_ROWS = 12;

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Vocabulary v = in.text().vocabulary();
        if (v == null) return List.of();
        RequiredSpec req = v.required();
        if (req.tables().isEmpty() && req.sections().isEmpty()) return List.of();
        String titles = titles(in.document());
        List<String> missingTables = missing(req.tables(), titles), missingSections = missing(req.sections(), titles);
        if (missingTables.isEmpty() && missingSections.isEmpty()) return List.of();
        FindingBuilder b = new FindingBuilder(RULE).severity(Severity.WARNING);
        StringBuilder m = new StringBuilder("按" + v.type() + "应有的内容，未找到");
        if (!missingTables.isEmpty()) m.append("表：").append(String.join("、", missingTables));
        if (!missingSections.isEmpty()) m.append(missingTables.isEmpty() ? "" : "；").append("章节：").append(String.join("、", missingSections));
        missingTables.forEach(b::value);
        missingSections.forEach(b::value);
        return List.of(b.message(m.append("。").toString()).build());
    }

    private static List<String> missing(Map<String, List<String>> required, String titles) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : required.entrySet()) {
            boolean found = false;
            for (String w : e.getValue()) if (titles.contains(Words.clean(w))) found = true;
            if (!found) out.add(e.getKey());
        }
        return out;
    }

    /** Headings, title lines, captions and table header cells, cleaned, one per line. */
    private static String titles(Document doc) {
        StringBuilder b = new StringBuilder();
        for (Section s : doc.allSections()) b.append(Words.clean(s.title())).append('\n');
        for (Paragraph p : doc.paragraphs()) {
            if (p.isHeading() || p.displayText().length() <= TITLE_LENGTH) b.append(Words.clean(p.displayText())).append('\n');
        }
        for (Table t : doc.tables()) {
            b.append(Words.clean(t.caption())).append('\n');
            for (int r = 0; r < Math.min(HEADER_ROWS, t.rowCount()); r++) {
                for (int c = 0; c < t.columnCount(); c++) {
                    String x = t.text(r, c);
                    if (x.length() <= 30) b.append(Words.clean(x)).append('\n');
                }
            }
        }
        return b.toString();
    }
}
