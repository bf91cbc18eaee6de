package io.hecha.check;

import io.hecha.model.Block;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a table split across pages (as PDF readers see it: the caption-less part on the next page,
 * often repeating the header row, sometimes with its columns doubled by the layout) back onto the
 * table it continues, so that a 合计 row is compared with all the rows it closes. The continuation's
 * block is replaced by an empty paragraph, so block indices stay as they were.
 */
public final class TableContinuations {
    private static final Pattern GENERATED_ID = Pattern.compile("^table-\\d+$");

    private TableContinuations() {
    }

    /** The document with continuation tables joined to their heads. */
    public static Document join(Document doc) {
        List<Block> blocks = new ArrayList<>(doc.blocks());
        boolean changed = false;
        int head = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p && p.text().isBlank()) continue;
            if (!(b instanceof Table t)) {
                head = -1;
                continue;
            }
            if (head >= 0 && blocks.get(head) instanceof Table a) {
                Table joined = joinIfContinuation(a, t);
                if (joined != null) {
                    blocks.set(head, joined);
                    blocks.set(i, new Paragraph("", "", "", 0, List.of(), t.provenance()));
                    changed = true;
                    continue;
                }
            }
            head = i;
        }
        return changed ? new Document(doc.source(), doc.sections(), blocks, doc.bookmarks(), doc.diagnostics()) : doc;
    }

    /** The joined table, or null when {@code b} does not continue {@code a}. */
    static Table joinIfContinuation(Table a, Table b) {
        if (!GENERATED_ID.matcher(b.id()).matches() || !b.caption().isEmpty() || a.rowCount() == 0 || b.rowCount() == 0) return null;
        Integer pa = a.provenance() == null ? null : a.provenance().page(), pb = b.provenance() == null ? null : b.provenance().page();
        List<String> ha = collapse(a.grid().get(0)), hb = collapse(b.grid().get(0));
        int[] map = new int[a.columnCount()];
        int skip;
        if (ha.equals(hb) && ha.size() == a.columnCount()) {
            List<String> row = b.grid().get(0);
            int run = -1;
            for (int c = 0; c < row.size(); c++) {
                if (c == 0 || !norm(row.get(c)).equals(norm(row.get(c - 1)))) {
                    run++;
                    map[run] = c;
                }
            }
            skip = 1;
        } else if (a.columnCount() == b.columnCount() && pa != null && pb != null && pb == pa + 1) {
            for (int c = 0; c < map.length; c++) map[c] = c;
            skip = 0;
        } else {
            return null;
        }
        List<List<String>> grid = new ArrayList<>(a.grid());
        for (int r = skip; r < b.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < map.length; c++) row.add(b.text(r, map[c]));
            grid.add(row);
        }
        List<TableCell> cells = new ArrayList<>(a.cells());
        if (!a.cells().isEmpty()) {
            for (TableCell c : b.cells()) {
                if (c.row() < skip) continue;
                int col = -1;
                for (int k = 0; k < map.length; k++) if (map[k] == c.column()) col = k;
                if (col < 0) continue;
                int span = 0;
                for (int k = col; k < map.length && map[k] < c.column() + c.colSpan(); k++) span++;
                cells.add(new TableCell(c.row() - skip + a.rowCount(), col, c.rowSpan(), Math.max(1, span), c.text(),
                        c.bookmarks(), c.nestedTables(), c.provenance(), c.value()));
            }
        }
        return new Table(a.id(), a.caption(), a.sectionPath(), a.headerRows(), cells, grid, a.provenance());
    }

    private static String norm(String s) {
        return s.replaceAll("\\s", "");
    }

    private static List<String> collapse(List<String> row) {
        List<String> out = new ArrayList<>();
        for (String s : row) {
            String n = norm(s);
            if (out.isEmpty() || !out.get(out.size() - 1).equals(n)) out.add(n);
        }
        return out;
    }
}
