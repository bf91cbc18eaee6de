package io.hecha.read.xlsx;

import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import static io.hecha.read.xlsx.Workbooks.bytes;
import static io.hecha.read.xlsx.Workbooks.format;
import static io.hecha.read.xlsx.Workbooks.read;
import static io.hecha.read.xlsx.Workbooks.rule;
import static io.hecha.read.xlsx.Workbooks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spreadsheet reader on workbooks written here with POI, XLSX and XLS alike. */
class XlsxReaderTest {
    private static final List<Supplier<Workbook>> KINDS = List.of(XSSFWorkbook::new, HSSFWorkbook::new);

    @Test
    void mergedRegionsAreCellsWithSpansOverARectangularGrid() throws Exception {
        for (Supplier<Workbook> kind : KINDS) {
            Workbook wb = kind.get();
            Sheet s = wb.createSheet("合并");
            set(s, 0, 0, "表1 收入支出决算表");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            set(s, 1, 3, "单位：万元");
            set(s, 2, 0, "项目");
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            set(s, 2, 1, "本年收入");
            s.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            set(s, 2, 3, "合计");
            s.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
            set(s, 3, 1, "财政拨款");
            set(s, 3, 2, "其他");
            set(s, 4, 0, "一般公共服务");
            set(s, 4, 1, 100);
            format(set(s, 4, 2, 20.5), "0.00");
            format(set(s, 4, 3, 120.5), "0.00");
            set(s, 5, 0, "合计");
            rule(s, 2, 0, 5, 3);
            Document d = read("merges", bytes(wb));

            assertEquals(1, d.sections().size());
            assertEquals("合并", d.sections().get(0).title());
            assertEquals("合并", d.sections().get(0).path());
            List<String> paragraphs = d.paragraphs().stream().filter(p -> !p.isHeading()).map(Paragraph::text).toList();
            assertEquals(List.of("表1 收入支出决算表", "单位：万元"), paragraphs, "title and unit line stand outside the table");
            Table t = d.tables().get(0);
            assertEquals(1, d.tables().size());
            assertEquals("表1", t.id(), "the title is the caption");
            assertEquals("合并", t.sectionPath());
            assertEquals("A3:D6", t.provenance().cell());
            assertEquals(4, t.rowCount());
            for (List<String> row : t.grid()) assertEquals(4, row.size(), "rectangular");
            assertEquals(List.of("项目", "本年收入", "本年收入", "合计"), t.grid().get(0));
            assertEquals(List.of("项目", "财政拨款", "其他", "合计"), t.grid().get(1));
            assertEquals(List.of("一般公共服务", "100", "20.50", "120.50"), t.grid().get(2));
            assertEquals(List.of("合计", "", "", ""), t.grid().get(3));
            TableCell item = t.cellAt(0, 0);
            assertEquals(2, item.rowSpan());
            assertEquals("A3:A4", item.provenance().cell());
            assertEquals(2, t.cellAt(0, 1).colSpan());
            assertEquals("B3:C3", t.cellAt(0, 2).provenance().cell());
            assertEquals("20.5", t.cellAt(2, 2).value());
            assertEquals("C5", t.cellAt(2, 2).provenance().cell());
            assertEquals(13, t.cells().size(), "every grid position covered by exactly one cell");
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                    final int rr = r, cc = c;
                    assertEquals(1, t.cells().stream().filter(x -> x.covers(rr, cc)).count(), r + "," + c);
                }
            }
        }
    }

    @Test
    void numbersAsDisplayedAndTheStoredValueBeside() throws Exception {
        for (Supplier<Workbook> kind : KINDS) {
            Workbook wb = kind.get();
            Sheet s = wb.createSheet("数");
            set(s, 0, 0, "项目");
            set(s, 0, 1, "值");
            Object[][] rows = {
                    {"千分位", 1234.5678, "#,##0.00"},
                    {"百分比", 0.947, "0.00%"},
                    {"负数", -1234.5, "#,##0.00_);[Red](#,##0.00)"},
                    {"常规", 0.1 + 0.2, null},
                    {"整数", 9000.0, "#,##0"},
            };
            for (int i = 0; i < rows.length; i++) {
                set(s, i + 1, 0, rows[i][0]);
                Cell c = set(s, i + 1, 1, rows[i][1]);
                if (rows[i][2] != null) format(c, (String) rows[i][2]);
            }
            Table t = read("numbers", bytes(wb)).tables().get(0);
            assertEquals(List.of("1,234.57", "94.70%", "(1,234.50)", "0.3", "9,000"),
                    List.of(t.text(1, 1), t.text(2, 1), t.text(3, 1), t.text(4, 1), t.text(5, 1)));
            assertEquals(List.of("1234.5678", "0.947", "-1234.5", "0.30000000000000004", "9000"),
                    List.of(t.cellAt(1, 1).value(), t.cellAt(2, 1).value(), t.cellAt(3, 1).value(),
                            t.cellAt(4, 1).value(), t.cellAt(5, 1).value()));
            assertEquals(null, t.cellAt(1, 0).value(), "text cells store no other value");
        }
    }

    @Test
    void datesAsDatesInTheirFormat() throws Exception {
        for (Supplier<Workbook> kind : KINDS) {
            Workbook wb = kind.get();
            Sheet s = wb.createSheet("日期");
            set(s, 0, 0, "事项");
            set(s, 0, 1, "日期");
            set(s, 1, 0, "填报日期");
            s.getRow(1).createCell(1).setCellValue(LocalDate.of(2024, 3, 1));
            format(s.getRow(1).getCell(1), "yyyy年m月d日");
            set(s, 2, 0, "截止日期");
            s.getRow(2).createCell(1).setCellValue(LocalDate.of(2024, 12, 31));
            s.getRow(2).getCell(1).getCellStyle().setDataFormat((short) 14);
            set(s, 3, 0, "会议时间");
            s.getRow(3).createCell(1).setCellValue(LocalDateTime.of(2024, 3, 1, 14, 30));
            format(s.getRow(3).getCell(1), "yyyy-mm-dd hh:mm");
            Table t = read("dates", bytes(wb)).tables().get(0);
            assertEquals("2024年3月1日", t.text(1, 1));
            assertEquals("2024-03-01", t.cellAt(1, 1).value());
            assertEquals("2024/12/31", t.text(2, 1), "built-in short date as a Chinese Excel shows it");
            assertEquals("2024-12-31", t.cellAt(2, 1).value());
            assertEquals("2024-03-01 14:30", t.text(3, 1));
            assertEquals("2024-03-01T14:30", t.cellAt(3, 1).value());
            assertEquals(null, t.cellAt(1, 1).storedNumber(), "a date is no number");
        }
    }

    @Test
    void formulaWithoutACachedResultShowsTheComputedOne() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("公式");
        fundingTable(s);
        s.getRow(3).removeCell(s.getRow(3).getCell(1));
        set(s, 3, 1, "=SUM(B2:B3)"); // a new formula cell, never evaluated: the file holds no cached result
        Document d = read("formulas", bytes(wb));
        Table t = d.tables().get(0);
        assertEquals("30", t.text(3, 1));
        assertEquals("30", t.cellAt(3, 1).value());
        Diagnostic n = only(d, "xlsx.formula-not-cached");
        assertEquals(Diagnostic.Severity.INFO, n.severity());
        assertEquals("B4", n.where().cell());
        assertEquals("公式", n.where().sectionPath());
        assertTrue(d.diagnostics().stream().noneMatch(x -> x.code().equals("xlsx.stale-formula")), d.diagnostics().toString());
    }

    @Test
    void staleCachedTotalIsAWarningOnItsCell() throws Exception {
        for (Supplier<Workbook> kind : KINDS) {
            Workbook wb = kind.get();
            Sheet s = wb.createSheet("汇总");
            fundingTable(s);
            Cell total = set(s, 3, 1, "=SUM(B2:B3)");
            format(total, "#,##0.00");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total); // cached: 30
            s.getRow(1).getCell(1).setCellValue(15); // changed, not recalculated: the cache is stale
            Cell fresh = set(s, 3, 2, "=B4*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(fresh); // 60 from the cache: consistent
            Document d = read("stale", bytes(wb));
            Table t = d.tables().get(0);
            assertEquals("30.00", t.text(3, 1), "the cached result is what the file shows");
            assertEquals("30", t.cellAt(3, 1).value());
            Diagnostic stale = only(d, "xlsx.stale-formula");
            assertEquals(Diagnostic.Severity.WARNING, stale.severity());
            assertEquals("B4", stale.where().cell());
            assertEquals("汇总", stale.where().sectionPath());
            assertEquals(t.provenance().index(), stale.where().index(), "where names the table's block");
            assertTrue(stale.message().contains("cached result 30.00 differs from the formula's result 35 (=SUM(B2:B3))"),
                    stale.message());
        }
    }

    @Test
    void hiddenRowsColumnsAndSheetsAreReadAndMarked() throws Exception {
        for (Supplier<Workbook> kind : KINDS) {
            Workbook wb = kind.get();
            Sheet s = wb.createSheet("可见");
            fundingTable(s);
            set(s, 0, 2, "备注");
            set(s, 2, 2, "辅助列");
            s.getRow(2).setZeroHeight(true);
            s.setColumnHidden(2, true);
            Sheet h = wb.createSheet("隐藏");
            set(h, 0, 0, "原始数据");
            set(h, 0, 1, 1);
            set(h, 1, 0, "x");
            set(h, 1, 1, 2);
            wb.setSheetHidden(1, true);
            Document d = read("hidden", bytes(wb));
            Table t = d.tables().get(0);
            assertEquals("辅助列", t.text(2, 2), "hidden cells are read");
            assertEquals("A3:C3", only(d, "xlsx.hidden-rows").where().cell());
            assertEquals("C1:C4", only(d, "xlsx.hidden-columns").where().cell());
            Diagnostic sheet = only(d, "xlsx.hidden-sheet");
            assertEquals("隐藏", sheet.where().sectionPath());
            assertEquals(2, d.sections().size());
            assertEquals(2, d.tables().size());
        }
    }

    @Test
    void blankSeparatorRowsAndColumnsSplitTablesButABlankRowInsideRulesDoesNot() throws Exception {
        for (Supplier<Workbook> kind : KINDS) {
            Workbook wb = kind.get();
            Sheet s = wb.createSheet("多表");
            for (int r = 0; r < 3; r++) {
                set(s, r, 0, "甲" + r);
                set(s, r, 1, r);
                set(s, r, 3, "乙" + r);
                set(s, r, 4, r * 10);
            }
            for (int r = 5; r < 8; r++) {
                if (r == 6) continue; // a blank row inside the ruled table
                set(s, r, 0, "丙" + r);
                set(s, r, 1, r);
                set(s, r, 2, r + 1);
            }
            rule(s, 5, 0, 7, 2);
            for (int r = 10; r < 12; r++) {
                set(s, r, 0, "丁" + r);
                set(s, r, 1, r);
            }
            Document d = read("split", bytes(wb));
            List<String> ranges = d.tables().stream().map(t -> t.provenance().cell()).toList();
            assertEquals(List.of("A1:B3", "D1:E3", "A6:C8", "A11:B12"), ranges);
            Table ruled = d.tables().get(2);
            assertEquals(List.of("", "", ""), ruled.grid().get(1), "the blank ruled row stays a row of its table");
            for (int i = 1; i < d.blocks().size(); i++) assertEquals(i, d.blocks().get(i).provenance().index());
        }
    }

    @Test
    void emptyWorkbookReadsWithAStatusSayingSo() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1");
        Document d = read("empty.xlsx", bytes(wb));
        assertEquals(0, d.blocks().size());
        assertTrue(d.source().status().startsWith("no content"), d.source().status());
    }

    @Test
    void encryptedWorkbooksNeedTheirPassword() throws Exception {
        XSSFWorkbook x = new XSSFWorkbook();
        fundingTable(x.createSheet("表"));
        HSSFWorkbook h = new HSSFWorkbook();
        fundingTable(h.createSheet("表"));
        byte[] xlsx = Workbooks.encryptedXlsx(bytes(x), "秘密pw");
        byte[] xls = Workbooks.encryptedXls(h, "秘密pw");
        for (byte[] file : List.of(xlsx, xls)) {
            BadInputException none = assertThrows(BadInputException.class, () -> read("enc", file));
            assertEquals("encrypted: a password is required", none.reason());
            BadInputException wrong = assertThrows(BadInputException.class, () -> read("enc", file, "falsch"));
            assertEquals("encrypted: wrong password", wrong.reason());
            Document d = read("enc", file, "秘密pw");
            assertEquals("30", d.tables().get(0).text(3, 1));
            assertEquals(new InputFile("enc", file, null).sha256(), d.source().sha256(), "the checksum of the file as given");
        }
        assertEquals("xlsx", read("enc", xlsx, "秘密pw").source().format());
        assertEquals("xls", read("enc", xls, "秘密pw").source().format());
    }

    /** 项目 / 金额 header, a 10, b 20, 合计 (left blank for the test to fill) in A1:B4. */
    static void fundingTable(Sheet s) {
        set(s, 0, 0, "项目");
        set(s, 0, 1, "金额");
        set(s, 1, 0, "a");
        set(s, 1, 1, 10);
        set(s, 2, 0, "b");
        set(s, 2, 1, 20);
        set(s, 3, 0, "合计");
        set(s, 3, 1, 30);
    }

    private static Diagnostic only(Document d, String code) {
        List<Diagnostic> found = d.diagnostics().stream().filter(x -> x.code().equals(code)).toList();
        assertEquals(1, found.size(), code + " in " + d.diagnostics());
        assertNotNull(found.get(0).where());
        return found.get(0);
    }
}
