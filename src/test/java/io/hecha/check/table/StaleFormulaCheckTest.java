package io.hecha.check.table;

import io.hecha.check.Checks;
import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code table.stale-formula}: a workbook cell that shows an old result of its own formula. */
class StaleFormulaCheckTest {

    private static Cell set(Sheet s, int r, int c, Object v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        Cell cell = row.createCell(c);
        if (v instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (v.toString().startsWith("=")) cell.setCellFormula(v.toString().substring(1));
        else cell.setCellValue(v.toString());
        return cell;
    }

    private static void format(Workbook wb, Cell c, String f) {
        var style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(f));
        c.setCellStyle(style);
    }

    private static List<Finding> check(Workbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        Document d = Readers.read(new InputFile("stale.xlsx", out.toByteArray(), null));
        return Checks.run(d, Extraction.empty()).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** 项目 | 预算数 | 执行数 | 执行率 over two rows and a 合计 row of formulas, evaluated (cached) once. */
    private static Workbook table() {
        Workbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("执行情况");
        set(s, 0, 0, "项目");
        set(s, 0, 1, "预算数");
        set(s, 0, 2, "执行数");
        set(s, 0, 3, "执行率");
        set(s, 1, 0, "办公费");
        set(s, 1, 1, 40);
        set(s, 1, 2, 36);
        set(s, 2, 0, "差旅费");
        set(s, 2, 1, 60);
        set(s, 2, 2, 50);
        set(s, 3, 0, "合计");
        for (int c = 1; c <= 2; c++) format(wb, set(s, 3, c, "=SUM(" + (char) ('A' + c) + "2:" + (char) ('A' + c) + "3)"), "#,##0.00");
        for (int r = 1; r <= 3; r++) format(wb, set(s, r, 3, "=C" + (r + 1) + "/B" + (r + 1)), "0.00%");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return wb;
    }

    @Test
    void freshFormulasRaiseNothing() throws Exception {
        assertEquals(List.of(), check(table()));
    }

    @Test
    void aStaleTotalIsAnErrorOfItsCell() throws Exception {
        Workbook wb = table();
        wb.getSheetAt(0).getRow(2).getCell(2).setCellValue(56); // changed, not recalculated: C4, D3 and D4 keep old results
        List<Finding> found = check(wb);
        assertEquals(3, found.size(), found.toString());
        Finding total = at(found, "C4");
        assertEquals(Severity.ERROR, total.severity());
        assertEquals(List.of("86.00", "92"), total.values().subList(0, 2), total.message());
        assertEquals("执行情况", total.location().sectionPath());
        assertEquals("合计", total.location().rowLabel());
        assertTrue(total.message().contains("SUM(C2:C3)"), total.message());
        Finding rate = at(found, "D3");
        assertEquals(List.of("83.33%", "93.33333333333333"), rate.values().subList(0, 2));
        // the table rules name C3 (56) as the one cell whose correction (to 50) mends the broken 合计 and rate:
        // that finding shares D3's relation and merges into it
        assertTrue(rate.evidence().stream().anyMatch(e -> e.location().cell().equals("C3")), rate.evidence().toString());
        assertTrue(rate.message().contains("50.00"), rate.message());
        assertEquals(List.of("86.00%", "92"), at(found, "D4").values().subList(0, 2));
    }

    private static Finding at(List<Finding> found, String cell) {
        return found.stream().filter(f -> f.location().cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError(cell + " not in " + found));
    }
}
