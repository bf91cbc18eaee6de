package io.hecha.extract;

import io.hecha.extract.mapping.LoadedMapping;
import io.hecha.extract.mapping.Mapping.Detect;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the mapping that fits a document best: each mapping's weighted words are looked for in the
 * title area (the first paragraphs) and the headings, its weighted header words in table cells of
 * the first rows; the highest sum at or above the mapping's minimum wins (file order on ties).
 */
final class TypeDetector {
    private static final int TITLE_PARAGRAPHS = 12;
    private static final int HEADER_ROWS = 40;

    private TypeDetector() {
    }

    /** A mapping and its score. */
    record Scored(LoadedMapping mapping, int score) {
    }

    static List<Scored> scores(io.hecha.model.Document doc, List<LoadedMapping> mappings) {
        StringBuilder title = new StringBuilder();
        int n = 0;
        for (Paragraph p : doc.paragraphs()) {
            if (p.text().isBlank()) continue;
            if (n++ < TITLE_PARAGRAPHS || p.isHeading()) title.append(p.displayText()).append('\n');
        }
        String titleText = Words.clean(title.toString());
        StringBuilder cells = new StringBuilder();
        for (Table t : doc.tables()) {
            for (int r = 0; r < Math.min(t.rowCount(), HEADER_ROWS); r++) {
                for (int c = 0; c < t.columnCount(); c++) cells.append(Words.clean(t.text(r, c))).append('|');
            }
        }
        String cellText = cells.toString();
        List<Scored> out = new ArrayList<>();
        for (LoadedMapping lm : mappings) {
            Detect d = lm.mapping().detect();
            int score = 0;
            for (var e : d.words().entrySet()) if (titleText.contains(Words.clean(e.getKey()))) score += e.getValue();
            for (var e : d.headers().entrySet()) if (cellText.contains(Words.clean(e.getKey()))) score += e.getValue();
            out.add(new Scored(lm, score));
        }
        return out;
    }

    static Optional<LoadedMapping> best(io.hecha.model.Document doc, List<LoadedMapping> mappings) {
        Scored best = null;
        for (Scored s : scores(doc, mappings)) {
            if (s.score() < Math.max(1, s.mapping().mapping().detect().minimum())) continue;
            if (best == null || s.score() > best.score()) best = s;
        }
        return Optional.ofNullable(best).map(Scored::mapping);
    }
}
