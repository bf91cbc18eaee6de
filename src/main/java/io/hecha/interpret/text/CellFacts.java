package io.hecha.interpret.text;

import io.hecha.interpret.Column;
import io.hecha.interpret.ColumnRole;
import io.hecha.interpret.Fact;
import io.hecha.interpret.TableBlock;
import io.hecha.interpret.TypedTable;
import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * The typed tables' cells as facts for the relation rules, their concept named by the vocabulary
 * from the column header (the same words as in the text: one vocabulary), their subject the row's
 * label path; cells whose header names no concept are left out.
 */
final class CellFacts {
    private CellFacts() {
    }

    /** The facts of every cell not in {@code taken} (cells a score sheet already read), numbered from {@code firstId}. */
    static List<Stated> of(List<TypedTable> tables, Vocabulary vocabulary, int firstId, java.util.Set<Long> taken) {
        List<Stated> out = new ArrayList<>();
        for (TypedTable t : tables) {
            for (int r = 0; r < t.rowCount(); r++) {
                for (int c = 0; c < t.columnCount(); c++) {
                    if (taken.contains(io.hecha.interpret.score.ScoreSheets.cellKey(t.index(), r, c))) continue;
                    Fact f = t.fact(r, c);
                    if (f == null || f.subject().isEmpty()) continue;
                    Column col = t.column(r, c);
                    String kind = f.percent() ? "%" : col.role() == ColumnRole.SCORE || col.role() == ColumnRole.WEIGHT ? "分" : "";
                    var named = vocabulary.conceptOfHeader(col.header(), kind);
                    if (named.isEmpty()) continue;
                    String unit = kind.equals("分") && f.unit().isEmpty() ? "分" : f.unit();
                    TableBlock b = t.blockAt(r, c);
                    Stated.Place place = new Stated.Place(-1, -1, t.table().sectionPath(), t.index(), r, c, b.totalRow(r));
                    String printed = f.shown().printed() + (unit.endsWith("元") || unit.equals("分") ? unit : "");
                    out.add(new Stated(firstId + out.size(), named.get().concept().name(), f.subject(), f.period(), unit,
                            f.interval(), printed, f.shown().printed(), f.contextDecimals(), f.interval().isExact(),
                            b.label(r) + " " + col.header(), place, -1, null));
                }
            }
        }
        return out;
    }
}
