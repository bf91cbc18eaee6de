package io.hecha.interpret;

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
 * table it continues, so that a 合计 row is compared with all the rows it closes. Each joined row
 * remembers its part, so locations name the cell where the model has it.
 *
 * <p>Interim: the readers' shared Assembler will join continued tables in the model for every
 * format; this join then goes.
 */
final class Continuations {
    private static final Pattern GENERATED_ID = Pattern.compile("^table-\\d+$");

    /** A table with the parts it was joined from. */
    record Joined(Table table, int blockIndex, List<TypedTable.Part> parts) {
    }

    private Continuations() {
    }

    /** Every table of the document, continuations joined onto their heads, in reading order. */
    static List<Joined> join(Document doc) {
        List<Joined> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int tableIndex = -1;
        Joined head = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p && p.text().isBlank()) continue;
            if (!(b instanceof Table t)) {
                head = null;
                continue;
            }
            tableIndex++;
            if (head != null) {
                Joined joined = joinIfContinuation(head, t, tableIndex);
                if (joined != null) {
                    out.set(out.size() - 1, joined);
                    head = joined;
                    continue;
                }
            }
            head = new Joined(t, i, List.of(new TypedTable.Part(tableIndex, t, 0, 0, identity(t.columnCount()))));
            out.add(head);
        }
        return out;
    }

    static int[] identity(int n) {
        int[] m = new int[n];
        for (int c = 0; c < n; c++) m[c] = c;
        return m;
    }

    /** The joined table, or null when {@code b} does not continue {@code head}. */
    static Joined joinIfContinuation(Joined head, Table b, int bIndex) {
        Table a = head.table();
        Table last = head.parts().get(head.parts().size() - 1).table();
        if (!GENERATED_ID.matcher(b.id()).matches() || !b.caption().isEmpty() || a.rowCount() == 0 || b.rowCount() == 0) return null;
        Integer pa = last.provenance() == null ? null : last.provenance().page();
        Integer pb = b.provenance() == null ? null : b.provenance().page();
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
            map = identity(map.length);
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
        Table joined = new Table(a.id(), a.caption(), a.sectionPath(), a.headerRows(), cells, grid, a.provenance());
        List<TypedTable.Part> parts = new ArrayList<>(head.parts());
        parts.add(new TypedTable.Part(bIndex, b, a.rowCount(), skip, map));
        return new Joined(joined, head.blockIndex(), parts);
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
