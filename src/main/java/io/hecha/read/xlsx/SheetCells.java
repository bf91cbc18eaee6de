package io.hecha.read.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The visible content of one sheet: a {@link Box} per non-blank cell and per merged region (the
 * merged region shows its top-left cell's text; the other cells it covers are not displayed), the
 * blank merged regions apart, and the border lines. Cells are indexed by row and column, never by
 * iterator position (POI's iterators skip blank cells).
 */
final class SheetCells {
    final List<Box> boxes;
    final List<Box> blankMerges;
    final Borders borders;

    private SheetCells(List<Box> boxes, List<Box> blankMerges, Borders borders) {
        this.boxes = boxes;
        this.blankMerges = blankMerges;
        this.borders = borders;
    }

    /** Reads the cells of a sheet; formula cells through {@code formulas}. */
    static SheetCells read(Sheet sheet, CellText text, Formulas formulas) {
        Borders borders = new Borders();
        TreeMap<Integer, TreeMap<Integer, Box>> byRow = new TreeMap<>();
        for (Iterator<Row> rows = sheet.rowIterator(); rows.hasNext(); ) {
            Row row = rows.next();
            for (Iterator<Cell> cells = row.cellIterator(); cells.hasNext(); ) {
                Cell c = cells.next();
                int flags = borders.flags(c.getCellStyle());
                if (flags != 0) borders.add(c.getRowIndex(), c.getColumnIndex(), flags);
                if (c.getCellType() == CellType.BLANK) continue;
                CellText.Shown s = c.getCellType() == CellType.FORMULA ? formulas.shown(c) : text.stored(c);
                if (s.text().isEmpty()) continue;
                byRow.computeIfAbsent(c.getRowIndex(), k -> new TreeMap<>()).put(c.getColumnIndex(),
                        new Box(c.getRowIndex(), c.getColumnIndex(), c.getRowIndex(), c.getColumnIndex(),
                                s.text(), s.value(), (flags & Borders.VERTICAL) != 0));
            }
        }
        List<Box> blankMerges = new ArrayList<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getNumberOfCells() < 2) continue;
            Box topLeft = null;
            NavigableMap<Integer, TreeMap<Integer, Box>> inRows = byRow.subMap(m.getFirstRow(), true, m.getLastRow(), true);
            for (Map.Entry<Integer, TreeMap<Integer, Box>> e : inRows.entrySet()) {
                NavigableMap<Integer, Box> inCols = e.getValue().subMap(m.getFirstColumn(), true, m.getLastColumn(), true);
                if (e.getKey() == m.getFirstRow()) topLeft = inCols.get(m.getFirstColumn());
                inCols.clear(); // covered cells are not displayed; the top-left is replaced by the merged box
            }
            boolean bordered = topLeft != null ? topLeft.bordered : borderedAt(sheet, borders, m);
            Box merged = new Box(m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn(),
                    topLeft == null ? "" : topLeft.text, topLeft == null ? null : topLeft.value, bordered);
            if (merged.isBlank()) blankMerges.add(merged);
            else byRow.computeIfAbsent(m.getFirstRow(), k -> new TreeMap<>()).put(m.getFirstColumn(), merged);
        }
        List<Box> boxes = new ArrayList<>();
        for (TreeMap<Integer, Box> r : byRow.values()) boxes.addAll(r.values());
        return new SheetCells(boxes, blankMerges, borders);
    }

    private static boolean borderedAt(Sheet sheet, Borders borders, CellRangeAddress m) {
        Row r = sheet.getRow(m.getFirstRow());
        Cell c = r == null ? null : r.getCell(m.getFirstColumn());
        return c != null && (borders.flags(c.getCellStyle()) & Borders.VERTICAL) != 0;
    }
}
