package io.hecha.read.docx;

import io.hecha.model.Diagnostic;
import io.hecha.model.Provenance;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a {@code w:tbl} into a {@link Table}: resolves {@code w:gridSpan}, {@code w:vMerge}
 * restart/continue (a continue with nothing to continue starts a new cell), legacy
 * {@code w:hMerge}, {@code w:gridBefore}/{@code w:gridAfter} and short rows, reads nested tables
 * recursively, and lays out the rectangular grid. Linear in the number of cells and grid positions.
 */
final class TableReader {
    private static final int MAX_COLUMNS = 1000;
    private static final int MAX_NESTING = 20;

    private final ReadContext ctx;
    private final int blockIndex;
    private final int bodyIndex;

    /**
     * @param blockIndex where the (outermost) table will stand in the block list, for bookmarks
     * @param bodyIndex  the body-element index, for provenance
     */
    TableReader(ReadContext ctx, int blockIndex, int bodyIndex) {
        this.ctx = ctx;
        this.blockIndex = blockIndex;
        this.bodyIndex = bodyIndex;
    }

    private static final class CellBuilder {
        final int row;
        final int column;
        int rowSpan = 1;
        int colSpan;
        final boolean vMerge;
        final StringBuilder text = new StringBuilder();
        final List<String> bookmarks = new ArrayList<>();
        final List<Table> nested = new ArrayList<>();

        CellBuilder(int row, int column, int colSpan, boolean vMerge) {
            this.row = row;
            this.column = column;
            this.colSpan = colSpan;
            this.vMerge = vMerge;
        }
    }

    /** Reads the outermost table. */
    Table read(Element tbl) {
        return read(tbl, 0, -1, -1, "");
    }

    private Table read(Element tbl, int depth, int outerRow, int outerColumn, String id) {
        List<Element> items = new ArrayList<>();
        collectRows(tbl, items);
        List<Element> rows = new ArrayList<>();
        int gridColumns = Xml.children(Xml.child(tbl, "tblGrid"), "gridCol").size();
        List<CellBuilder> cells = new ArrayList<>();
        CellBuilder[] above = new CellBuilder[0];
        int width = 0;
        int headerRows = 0;
        boolean headerRun = true;
        List<String[]> pendingStarts = new ArrayList<>();
        for (Element item : items) {
            if (mark(item, pendingStarts)) continue;
            int r = rows.size();
            Element tr = item;
            rows.add(tr);
            Element trPr = Xml.child(tr, "trPr");
            Boolean header = Xml.onOff(trPr, "tblHeader");
            if (headerRun && Boolean.TRUE.equals(header)) headerRows++;
            else headerRun = false;
            int col = Math.max(0, Math.min(MAX_COLUMNS, Xml.intVal(trPr, "gridBefore", 0)));
            CellBuilder[] current = new CellBuilder[Math.max(above.length, col + 8)];
            CellBuilder last = null;
            List<Element> tcs = new ArrayList<>();
            collectCells(tr, tcs);
            for (Element tc : tcs) {
                if (mark(tc, pendingStarts)) continue;
                Element tcPr = Xml.child(tc, "tcPr");
                int span = Math.max(1, Math.min(MAX_COLUMNS, Xml.intVal(tcPr, "gridSpan", 1)));
                String hMerge = Xml.val(tcPr, "hMerge");
                Element vMergeEl = Xml.child(tcPr, "vMerge");
                String vMerge = vMergeEl == null ? null : Xml.attr(vMergeEl, "val");
                CellBuilder target;
                boolean fresh = false;
                if (hMerge != null && !hMerge.equals("restart") && last != null) {
                    target = last;
                    target.colSpan += span;
                } else if (vMerge != null && !vMerge.equals("restart") && col < above.length
                        && above[col] != null && above[col].column == col && above[col].vMerge
                        && above[col].row + above[col].rowSpan == r) {
                    target = above[col];
                    target.rowSpan++;
                } else {
                    target = new CellBuilder(r, col, span, vMerge != null);
                    cells.add(target);
                    fresh = true;
                }
                current = ensure(current, col + span);
                for (int c = col; c < col + span; c++) current[c] = target;
                int cellRow = depth == 0 ? target.row : outerRow;
                int cellCol = depth == 0 ? target.column : outerColumn;
                for (String[] s : pendingStarts) {
                    if (BookmarkTracker.kept(s[1])) target.bookmarks.add(s[1]);
                    ctx.bookmarks.start(s[0], s[1], blockIndex, cellRow, cellCol);
                }
                pendingStarts.clear();
                cell(tc, target, fresh, depth, cellRow, cellCol);
                last = target;
                col += span;
            }
            col += Math.max(0, Math.min(MAX_COLUMNS, Xml.intVal(trPr, "gridAfter", 0)));
            width = Math.max(width, col);
            above = current;
        }
        for (String[] st : pendingStarts) ctx.bookmarks.start(st[0], st[1], blockIndex, -1, -1);
        if (headerRows == 0 && !rows.isEmpty()) headerRows = 1;
        width = Math.max(width, Math.min(gridColumns, MAX_COLUMNS));
        return build(id, headerRows, cells, rows.size(), width);
    }

    private Table build(String id, int headerRows, List<CellBuilder> builders, int rowCount, int width) {
        String[][] grid = new String[rowCount][width];
        for (String[] row : grid) Arrays.fill(row, "");
        List<TableCell> cells = new ArrayList<>(builders.size());
        Provenance where = Provenance.at(bodyIndex);
        for (CellBuilder b : builders) {
            String text = stripTrailingNewlines(b.text);
            int colSpan = Math.max(1, Math.min(b.colSpan, width - b.column));
            cells.add(new TableCell(b.row, b.column, b.rowSpan, colSpan, text, b.bookmarks, b.nested, where));
            for (int r = b.row; r < b.row + b.rowSpan && r < rowCount; r++) {
                for (int c = b.column; c < b.column + colSpan; c++) grid[r][c] = text;
            }
        }
        List<List<String>> rows = new ArrayList<>(rowCount);
        for (String[] row : grid) rows.add(Arrays.asList(row));
        return new Table(id, "", "", headerRows, cells, rows, where);
    }

    /** Reads one {@code w:tc} into its cell: a new cell takes the text, a merged continuation adds any it has. */
    private void cell(Element tc, CellBuilder cell, boolean fresh, int depth, int cellRow, int cellCol) {
        List<String> lines = new ArrayList<>();
        cellContent(tc, cell, lines, depth, cellRow, cellCol);
        String text = String.join("\n", lines);
        if (fresh) {
            cell.text.append(text);
        } else if (!text.isBlank()) {
            if (cell.text.length() > 0) cell.text.append('\n');
            cell.text.append(text);
        }
    }

    private void cellContent(Element container, CellBuilder cell, List<String> lines, int depth, int cellRow,
                             int cellCol) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (Xml.isW(e, "p")) {
                ReadContext.Numbered p = ctx.paragraph(e);
                for (ParagraphText.Mark m : p.content().starts) {
                    if (BookmarkTracker.kept(m.name())) cell.bookmarks.add(m.name());
                    ctx.bookmarks.start(m.id(), m.name(), blockIndex, cellRow, cellCol);
                }
                for (ParagraphText.Mark m : p.content().ends) ctx.bookmarks.end(m.id(), blockIndex);
                lines.add(p.numberText() + p.content().text);
            } else if (Xml.isW(e, "tbl")) {
                if (depth + 1 > MAX_NESTING) {
                    ctx.diagnostics.add(Diagnostic.warning("docx.deep-nesting",
                            "tables nested more than " + MAX_NESTING + " deep were skipped", Provenance.at(bodyIndex)));
                    continue;
                }
                cell.nested.add(read(e, depth + 1, cellRow, cellCol, ""));
            } else if (Xml.isW(e, "sdt")) {
                Element content = Xml.child(e, "sdtContent");
                if (content != null) cellContent(content, cell, lines, depth, cellRow, cellCol);
            } else if (Xml.isW(e, "customXml")) {
                cellContent(e, cell, lines, depth, cellRow, cellCol);
            } else if (Xml.isW(e, "bookmarkStart")) {
                String name = Xml.attr(e, "name");
                if (BookmarkTracker.kept(name)) cell.bookmarks.add(name);
                ctx.bookmarks.start(Xml.attr(e, "id"), name, blockIndex, cellRow, cellCol);
            } else if (Xml.isW(e, "bookmarkEnd")) {
                ctx.bookmarks.end(Xml.attr(e, "id"), blockIndex);
            }
        }
    }

    /** A bookmark start (kept for the next cell) or end between rows or cells; true when it was one. */
    private boolean mark(Element e, List<String[]> pendingStarts) {
        if (Xml.isW(e, "bookmarkStart")) {
            pendingStarts.add(new String[]{Xml.attr(e, "id"), Xml.attr(e, "name")});
            return true;
        }
        if (Xml.isW(e, "bookmarkEnd")) {
            ctx.bookmarks.end(Xml.attr(e, "id"), blockIndex);
            return true;
        }
        return false;
    }

    /**
     * Rows (and bookmark marks between them) in order, looking through row-level content controls
     * and custom XML; tracked-deleted rows dropped.
     */
    private static void collectRows(Element container, List<Element> rows) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (Xml.isW(n, "bookmarkStart") || Xml.isW(n, "bookmarkEnd")) {
                rows.add((Element) n);
            } else if (Xml.isW(n, "tr")) {
                Element trPr = Xml.child((Element) n, "trPr");
                if (Xml.child(trPr, "del") == null) rows.add((Element) n);
            } else if (Xml.isW(n, "sdt")) {
                Element content = Xml.child((Element) n, "sdtContent");
                if (content != null) collectRows(content, rows);
            } else if (Xml.isW(n, "customXml")) {
                collectRows((Element) n, rows);
            }
        }
    }

    /** Cells (and bookmark starts between cells) in order, looking through content controls. */
    private static void collectCells(Element container, List<Element> out) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (Xml.isW(n, "tc") || Xml.isW(n, "bookmarkStart") || Xml.isW(n, "bookmarkEnd")) {
                out.add((Element) n);
            } else if (Xml.isW(n, "sdt")) {
                Element content = Xml.child((Element) n, "sdtContent");
                if (content != null) collectCells(content, out);
            } else if (Xml.isW(n, "customXml")) {
                collectCells((Element) n, out);
            }
        }
    }

    private static CellBuilder[] ensure(CellBuilder[] a, int size) {
        return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static String stripTrailingNewlines(StringBuilder b) {
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '\n') end--;
        return b.substring(0, end);
    }
}
