package io.hecha.read.xlsx;

import io.hecha.model.Diagnostic.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Formula cells: the text shown is the cached result (what the file shows, what a reader of the
 * printed sheet saw). POI's {@link FormulaEvaluator} recomputes each formula; where its result is
 * shown differently from the cache, the cached result is stale (the workbook was changed and not
 * recalculated, or the value was pasted over) and a warning names the cell. A formula without a
 * cached result is shown as evaluated. Formulas POI cannot evaluate (unsupported functions, links
 * to other workbooks) keep their cached result, counted in one note per sheet.
 */
final class Formulas {
    /** Functions whose result changes on every recalculation: a cache that differs is not stale. */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(NOW|TODAY|RAND|RANDBETWEEN|RANDARRAY|INFO|CELL)\\s*\\(");
    /** Most stale-result warnings per workbook (each is a positioned finding); the rest are counted. */
    static final int MAX_STALE_NOTES = 200;

    /** A positioned note about one cell (0-based row and column). */
    record Note(Severity severity, String code, int row, int column, String message) {
    }

    private final FormulaEvaluator evaluator;
    private final CellText text;
    private final List<Note> notes = new ArrayList<>();
    private boolean evaluatorBroken;
    private int stale;
    private int notCached;
    private int notEvaluated;
    private Cell firstNotCached;
    private Cell firstNotEvaluated;
    private String firstNotEvaluatedWhy;

    Formulas(Workbook wb, CellText text) {
        this.text = text;
        FormulaEvaluator ev = null;
        try {
            ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.setIgnoreMissingWorkbooks(true);
        } catch (RuntimeException e) {
            evaluatorBroken = true;
        }
        this.evaluator = ev;
    }

    /** The text and value a formula cell shows. */
    CellText.Shown shown(Cell c) {
        boolean cachedPresent = hasCachedResult(c);
        CellText.Shown cached = cachedPresent ? text.cached(c) : null;
        CellValue computed = evaluate(c);
        CellText.Shown result = computed == null ? null : text.evaluated(computed, c.getCellStyle());
        if (!cachedPresent) {
            notCached++;
            if (firstNotCached == null) firstNotCached = c;
            return result == null ? CellText.Shown.EMPTY : result;
        }
        if (result != null && !result.text().equals(cached.text()) && !VOLATILE.matcher(formula(c)).find()) {
            stale++;
            if (stale <= MAX_STALE_NOTES) {
                String computedText = result.value() != null && computed.getCellType() == CellType.NUMERIC
                        ? result.value() : result.text();
                notes.add(new Note(Severity.WARNING, "xlsx.stale-formula", c.getRowIndex(), c.getColumnIndex(),
                        a1(c) + ": cached result " + shownOrBlank(cached.text()) + " differs from the formula's result "
                                + computedText + " (=" + formula(c) + ")"));
            }
        }
        return cached;
    }

    /** The notes of one sheet so far (counted notes summed up), and a fresh count for the next sheet. */
    List<Note> takeNotes() {
        if (notCached > 0) {
            notes.add(new Note(Severity.INFO, "xlsx.formula-not-cached", firstNotCached.getRowIndex(),
                    firstNotCached.getColumnIndex(), notCached + " formula cell(s) without a cached result, shown as"
                    + " computed (first: " + a1(firstNotCached) + ")"));
        }
        if (notEvaluated > 0) {
            notes.add(new Note(Severity.INFO, "xlsx.formula-not-evaluated", firstNotEvaluated.getRowIndex(),
                    firstNotEvaluated.getColumnIndex(), notEvaluated + " formula cell(s) could not be recomputed,"
                    + " their cached results are shown unchecked (first: " + a1(firstNotEvaluated) + ": "
                    + firstNotEvaluatedWhy + ")"));
        }
        if (stale > MAX_STALE_NOTES) {
            notes.add(new Note(Severity.WARNING, "xlsx.stale-formula", -1, -1, (stale - MAX_STALE_NOTES)
                    + " more formula cell(s) whose cached result differs from the formula's result"));
            stale = MAX_STALE_NOTES;
        }
        List<Note> out = List.copyOf(notes);
        notes.clear();
        notCached = 0;
        notEvaluated = 0;
        firstNotCached = null;
        firstNotEvaluated = null;
        return out;
    }

    private CellValue evaluate(Cell c) {
        if (evaluatorBroken) return notEvaluated(c, "the evaluator stopped earlier");
        try {
            CellValue v = evaluator.evaluate(c);
            if (v != null && v.getCellType() == CellType.ERROR && c.getCachedFormulaResultType() != CellType.ERROR) {
                return notEvaluated(c, "the evaluator gives an error");
            }
            return v;
        } catch (RuntimeException e) {
            return notEvaluated(c, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            evaluatorBroken = true;
            return notEvaluated(c, "formulas nested too deeply");
        }
    }

    private CellValue notEvaluated(Cell c, String why) {
        notEvaluated++;
        if (firstNotEvaluated == null) {
            firstNotEvaluated = c;
            firstNotEvaluatedWhy = why;
        }
        return null;
    }

    private static boolean hasCachedResult(Cell c) {
        if (c instanceof XSSFCell x) return x.getCTCell().isSetV() || x.getCTCell().isSetIs();
        return true;
    }

    private static String formula(Cell c) {
        try {
            return c.getCellFormula();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String a1(Cell c) {
        return Box.range(c.getRowIndex(), c.getColumnIndex(), c.getRowIndex(), c.getColumnIndex());
    }

    private static String shownOrBlank(String s) {
        return s.isEmpty() ? "(blank)" : s;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String t = nl < 0 ? s : s.substring(0, nl);
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
