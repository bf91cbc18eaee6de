package io.hecha.read.xlsx;

import io.hecha.model.Block;
import io.hecha.model.Diagnostic;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.BadInputException;
import io.hecha.read.TableGrids;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out one sheet's boxes as blocks in reading order. The used range is cut recursively along
 * blank rows and blank columns (an XY cut) into regions; a blank row crossed by vertical border
 * lines, or a blank column crossed by horizontal ones, lies inside a ruled table and does not cut.
 * In each region, leading and trailing rows that stand outside the table — the title, the unit line
 * ({@code 单位：万元}), notes ({@code 注：}, {@code 备注：}) — become paragraphs, as they are in a DOCX
 * form: in a ruled region the rows without any border line, in an unruled one the rows holding a
 * single text. What remains is a table: cells with spans (merged regions), every grid position
 * covered by exactly one cell, the rectangular grid.
 */
final class SheetLayout {
    /** Deeper cuts than this are not tried (a hostile sheet cannot make the recursion deep). */
    private static final int MAX_DEPTH = 32;

    private final String fileName;
    private final String sheetName;
    private final Sheet sheet;
    private final Borders borders;
    private final TreeMap<Integer, List<Box>> blankMergesByTop = new TreeMap<>();
    private final List<Block> out;
    private final List<Diagnostic> diagnostics;
    private final GridBudget budget;

    SheetLayout(String fileName, Sheet sheet, SheetCells cells, List<Block> out, List<Diagnostic> diagnostics,
                GridBudget budget) {
        this.fileName = fileName;
        this.sheetName = sheet.getSheetName();
        this.sheet = sheet;
        this.borders = cells.borders;
        this.out = out;
        this.diagnostics = diagnostics;
        this.budget = budget;
        for (Box m : cells.blankMerges) blankMergesByTop.computeIfAbsent(m.top, k -> new ArrayList<>()).add(m);
    }

    /** Counts the grid cells of all tables of a workbook and refuses absurd sizes. */
    static final class GridBudget {
        static final long MAX_GRID_CELLS = 5_000_000;
        private long used;

        void spend(String fileName, int rows, int columns) throws BadInputException {
            used += (long) rows * columns;
            if (used > MAX_GRID_CELLS) {
                throw new BadInputException(fileName, "too large: the tables of the workbook exceed "
                        + MAX_GRID_CELLS + " grid cells (" + rows + " × " + columns + " in the last)");
            }
        }
    }

    /** Appends the blocks of the boxes to the output. */
    void layout(List<Box> boxes) throws BadInputException {
        layout(boxes, 0);
    }

    private void layout(List<Box> boxes, int depth) throws BadInputException {
        if (boxes.isEmpty()) return;
        if (depth < MAX_DEPTH) {
            List<List<Box>> parts = cut(boxes, true);
            if (parts.size() == 1) parts = cut(boxes, false);
            if (parts.size() > 1) {
                for (List<Box> p : parts) layout(p, depth + 1);
                return;
            }
        }
        emit(boxes, depth);
    }

    /**
     * Splits the boxes at blank rows ({@code rows}) or blank columns that no box covers and no
     * border line crosses, in reading order (top to bottom, left to right).
     */
    private List<List<Box>> cut(List<Box> boxes, boolean rows) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(b -> rows ? b.top : b.left));
        int across0 = Integer.MAX_VALUE, across1 = Integer.MIN_VALUE;
        for (Box b : boxes) {
            across0 = Math.min(across0, rows ? b.left : b.top);
            across1 = Math.max(across1, rows ? b.right : b.bottom);
        }
        List<List<Box>> parts = new ArrayList<>();
        List<Box> current = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (Box b : sorted) {
            int from = rows ? b.top : b.left;
            if (!current.isEmpty() && from > end + 1 && !bridged(end + 1, from - 1, across0, across1, rows)) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(b);
            end = Math.max(end, rows ? b.bottom : b.right);
        }
        parts.add(current);
        return parts;
    }

    /** True when every blank row (column) of the gap is crossed by a border line: it lies inside a table. */
    private boolean bridged(int from, int to, int across0, int across1, boolean rows) {
        for (int i = from; i <= to; i++) {
            boolean line = rows ? borders.verticalLineIn(i, across0, across1) : borders.horizontalLineIn(i, across0, across1);
            if (!line) return false;
        }
        return true;
    }

    private void emit(List<Box> boxes, int depth) throws BadInputException {
        TreeMap<Integer, List<Box>> byTop = new TreeMap<>();
        int bordered = 0;
        for (Box b : boxes) {
            byTop.computeIfAbsent(b.top, k -> new ArrayList<>()).add(b);
            if (b.bordered) bordered++;
        }
        boolean ruled = bordered * 2 >= boxes.size();
        Bounds bounds = Bounds.of(boxes);
        int left = bounds.left(), right = bounds.right();
        List<Integer> tops = new ArrayList<>(byTop.keySet());
        int lead = 0;
        while (lead < tops.size() && outside(byTop.get(tops.get(lead)), ruled, left, right)) lead++;
        int[] lowestAbove = new int[tops.size()]; // the lowest row reached by the boxes of the rows above
        int lowest = Integer.MIN_VALUE;
        for (int i = 0; i < tops.size(); i++) {
            lowestAbove[i] = lowest;
            for (Box b : byTop.get(tops.get(i))) lowest = Math.max(lowest, b.bottom);
        }
        int trail = 0;
        while (trail < tops.size() - lead) {
            int i = tops.size() - 1 - trail;
            if (!outside(byTop.get(tops.get(i)), ruled, left, right) || lowestAbove[i] >= tops.get(i)) break;
            trail++;
        }
        List<Box> rest = new ArrayList<>();
        for (int i = lead; i < tops.size() - trail; i++) rest.addAll(byTop.get(tops.get(i)));
        if (!isTable(rest)) {
            for (Integer top : tops) paragraph(byTop.get(top));
            return;
        }
        if (lead == 0 && trail == 0) {
            table(boxes);
            return;
        }
        for (int i = 0; i < lead; i++) paragraph(byTop.get(tops.get(i)));
        layout(rest, depth + 1);
        for (int i = tops.size() - trail; i < tops.size(); i++) paragraph(byTop.get(tops.get(i)));
    }

    /**
     * A row that stands outside the table: one-line boxes only, and either one text across the whole
     * width (a title, even one boxed in), or no vertical border line in a ruled region, or a single
     * text in an unruled one.
     */
    private static boolean outside(List<Box> row, boolean ruled, int left, int right) {
        for (Box b : row) if (b.bottom != b.top) return false;
        if (row.size() == 1 && right > left && row.get(0).left == left && row.get(0).right == right) return true;
        if (ruled) {
            for (Box b : row) if (b.bordered) return false;
            return true;
        }
        return row.size() == 1;
    }

    private static boolean isTable(List<Box> boxes) {
        if (boxes.isEmpty()) return false;
        Bounds b = Bounds.of(boxes);
        return b.bottom() > b.top() && b.right() > b.left();
    }

    /** The rectangle the boxes cover. */
    private record Bounds(int top, int left, int bottom, int right) {
        static Bounds of(List<Box> boxes) {
            int top = Integer.MAX_VALUE, bottom = Integer.MIN_VALUE, left = Integer.MAX_VALUE, right = Integer.MIN_VALUE;
            for (Box b : boxes) {
                top = Math.min(top, b.top);
                bottom = Math.max(bottom, b.bottom);
                left = Math.min(left, b.left);
                right = Math.max(right, b.right);
            }
            return new Bounds(top, left, bottom, right);
        }
    }

    private void paragraph(List<Box> row) {
        row.sort(Comparator.comparingInt(b -> b.left));
        StringBuilder text = new StringBuilder();
        int top = Integer.MAX_VALUE, bottom = Integer.MIN_VALUE;
        for (Box b : row) {
            if (text.length() > 0) text.append(' ');
            text.append(b.text);
            top = Math.min(top, b.top);
            bottom = Math.max(bottom, b.bottom);
        }
        int index = out.size();
        for (Box b : row) b.block = index;
        String cell = Box.range(top, row.get(0).left, bottom, row.get(row.size() - 1).right);
        out.add(new Paragraph(text.toString(), "", "", 0, List.of(), new Provenance(index, sheetName, List.of(), cell)));
    }

    private void table(List<Box> boxes) throws BadInputException {
        Bounds bounds = Bounds.of(boxes);
        int top = bounds.top(), bottom = bounds.bottom(), left = bounds.left(), right = bounds.right();
        int rows = bottom - top + 1, columns = right - left + 1;
        budget.spend(fileName, rows, columns);
        int index = out.size();
        List<Box> placed = new ArrayList<>(boxes);
        for (List<Box> ms : blankMergesByTop.subMap(top, true, bottom, true).values()) {
            for (Box m : ms) {
                if (m.block < 0 && m.left >= left && m.left <= right) {
                    m.block = index;
                    placed.add(new Box(m.top, m.left, Math.min(m.bottom, bottom), Math.min(m.right, right), "", null, m.bordered));
                }
            }
        }
        boolean[][] covered = new boolean[rows][columns];
        List<TableCell> cells = new ArrayList<>(rows * columns);
        for (Box b : placed) {
            b.block = index;
            for (int r = b.top; r <= b.bottom; r++) {
                for (int c = b.left; c <= b.right; c++) covered[r - top][c - left] = true;
            }
            cells.add(cell(b, top, left, index));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!covered[r][c]) {
                    cells.add(cell(new Box(top + r, left + c, top + r, left + c, "", null, false), top, left, index));
                }
            }
        }
        cells.sort(Comparator.comparingInt(TableCell::row).thenComparingInt(TableCell::column));
        String range = Box.range(top, left, bottom, right);
        Provenance where = new Provenance(index, sheetName, List.of(), range);
        out.add(new Table("table-" + index, "", sheetName, headerRows(top, bottom), cells,
                TableGrids.of(cells, rows, columns), where));
        markHidden(top, left, bottom, right, index);
    }

    private TableCell cell(Box b, int top, int left, int index) {
        return new TableCell(b.top - top, b.left - left, b.bottom - b.top + 1, b.right - b.left + 1, b.text,
                List.of(), List.of(), new Provenance(index, sheetName, List.of(), b.a1()), b.value);
    }

    /** The sheet's print-title rows when they start the table ("repeat on each page"), else 1. */
    private int headerRows(int top, int bottom) {
        try {
            CellRangeAddress rep = sheet.getRepeatingRows();
            if (rep != null && rep.getFirstRow() <= top && rep.getLastRow() >= top) {
                return Math.min(rep.getLastRow(), bottom) - top + 1;
            }
        } catch (RuntimeException ignored) {
            // a malformed print-titles name: no repeated header rows
        }
        return 1;
    }

    /** Diagnostics naming the hidden rows and columns inside a table (they are read, and marked). */
    private void markHidden(int top, int left, int bottom, int right, int index) {
        for (Map.Entry<Integer, Integer> run : runs(top, bottom, true).entrySet()) {
            note("xlsx.hidden-rows", "hidden rows " + (run.getKey() + 1) + (run.getValue() > run.getKey() ? "–" + (run.getValue() + 1) : "")
                    + " of sheet " + sheetName + " are read into the table", index, Box.range(run.getKey(), left, run.getValue(), right));
        }
        for (Map.Entry<Integer, Integer> run : runs(left, right, false).entrySet()) {
            note("xlsx.hidden-columns", "hidden columns " + CellReference.convertNumToColString(run.getKey())
                    + (run.getValue() > run.getKey() ? "–" + CellReference.convertNumToColString(run.getValue()) : "")
                    + " of sheet " + sheetName + " are read into the table", index, Box.range(top, run.getKey(), bottom, run.getValue()));
        }
    }

    private Map<Integer, Integer> runs(int from, int to, boolean rows) {
        Map<Integer, Integer> runs = new TreeMap<>();
        int start = -1;
        for (int i = from; i <= to + 1; i++) {
            boolean hidden = i <= to && (rows ? isRowHidden(i) : sheet.isColumnHidden(i));
            if (hidden && start < 0) start = i;
            if (!hidden && start >= 0) {
                runs.put(start, i - 1);
                start = -1;
            }
        }
        return runs;
    }

    private boolean isRowHidden(int r) {
        Row row = sheet.getRow(r);
        return row != null && row.getZeroHeight();
    }

    private void note(String code, String message, int index, String cell) {
        diagnostics.add(Diagnostic.info(code, message, new Provenance(index, sheetName, List.of(), cell)));
    }
}
