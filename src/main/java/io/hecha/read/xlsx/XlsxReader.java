package io.hecha.read.xlsx;

import io.hecha.model.Block;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.read.BadInputException;
import io.hecha.read.Assembler;
import io.hecha.read.DocumentReader;
import io.hecha.read.Format;
import io.hecha.read.InputFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads spreadsheets — XLSX, XLSM, XLTX and XLS (WPS {@code .et} files are XLS inside) — with POI:
 * each sheet with content is a top-level section titled with the sheet's name exactly; its used
 * range is cut into tables at blank separator rows and columns; titles, unit lines and notes beside
 * a table are paragraphs; merged regions are cells with spans over a rectangular grid. A cell's
 * text is as Excel shows it (its number format), its stored value is kept beside it
 * ({@link io.hecha.model.TableCell#value()}), and its A1 reference is in its provenance
 * ({@link Provenance#cell()}). Formulas show their cached result; where POI recomputes another one,
 * a warning names the cell ({@code xlsx.stale-formula}). Hidden sheets, rows and columns are read
 * and marked by diagnostics. Empty sheets, charts, images and comments are left out.
 */
public final class XlsxReader implements DocumentReader {
    /** The style name of the heading paragraph that opens each sheet's section. */
    public static final String SHEET_STYLE = "Sheet";

    @Override
    public Document read(InputFile input) throws BadInputException {
        Workbook wb = WorkbookOpener.open(input);
        try {
            return read(input, wb);
        } catch (RuntimeException e) {
            throw new BadInputException(input.fileName(), "corrupt " + kind(wb) + ": cannot read the cells ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (StackOverflowError e) {
            throw new BadInputException(input.fileName(), "corrupt " + kind(wb) + ": structure nested too deeply", null);
        } finally {
            close(wb);
        }
    }

    private static Document read(InputFile input, Workbook wb) throws BadInputException {
        CellText text = new CellText(wb instanceof Date1904Support d && d.isDate1904());
        Formulas formulas = new Formulas(wb, text);
        SheetLayout.GridBudget budget = new SheetLayout.GridBudget();
        List<Block> blocks = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            String name = sheet.getSheetName();
            SheetCells cells = SheetCells.read(sheet, text, formulas);
            List<Formulas.Note> notes = formulas.takeNotes();
            if (cells.boxes.isEmpty()) continue;
            int heading = blocks.size();
            blocks.add(new Paragraph(name, "", SHEET_STYLE, 1, List.of(), new Provenance(heading, name, List.of(), "")));
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                diagnostics.add(Diagnostic.info("xlsx.hidden-sheet", "sheet " + name + " is hidden"
                        + (wb.isSheetVeryHidden(i) ? " (very hidden: only a macro can show it)" : "") + "; it is read",
                        new Provenance(heading, name, List.of(), "")));
            }
            new SheetLayout(input.fileName(), sheet, cells, blocks, diagnostics, budget).layout(cells.boxes);
            Map<Long, Box> byCell = new HashMap<>();
            for (Box b : cells.boxes) byCell.put(key(b.top, b.left), b);
            for (Formulas.Note n : notes) {
                Box b = byCell.get(key(n.row(), n.column()));
                int index = b == null || b.block < 0 ? heading : b.block;
                String cell = n.row() < 0 ? "" : Box.range(n.row(), n.column(), n.row(), n.column());
                diagnostics.add(new Diagnostic(n.severity(), n.code(), n.message(), new Provenance(index, name, List.of(), cell)));
            }
        }
        String status = blocks.isEmpty() ? "no content: every sheet is empty" : "ok";
        Source source = new Source(input.fileName(), input.sha256(), format(wb).id(), mediaType(wb), null, status);
        return Assembler.assembleSheets(source, blocks, diagnostics);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | (column & 0xFFFFF);
    }

    private static Format format(Workbook wb) {
        return wb instanceof HSSFWorkbook ? Format.XLS : Format.XLSX;
    }

    private static String kind(Workbook wb) {
        return wb instanceof HSSFWorkbook ? "XLS" : "XLSX";
    }

    private static String mediaType(Workbook wb) {
        if (wb instanceof XSSFWorkbook x) {
            String ct = x.getPackagePart().getContentType();
            if (ct.contains("macroEnabled")) return "application/vnd.ms-excel.sheet.macroenabled.12";
            if (ct.contains("template")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.template";
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        return "application/vnd.ms-excel";
    }

    /** Releases the workbook without writing anything back to its source. */
    private static void close(Workbook wb) {
        try {
            if (wb instanceof XSSFWorkbook x) x.getPackage().revert();
            else wb.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing more to release
        }
    }
}
