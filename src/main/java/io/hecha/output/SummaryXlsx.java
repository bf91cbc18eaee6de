package io.hecha.output;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.xlsx}: sheet 报告 (one row per input) and sheet 问题 (one row per finding), each
 * with a bold frozen header row, an auto-filter over the table, and column widths from the
 * content. Streamed (SXSSF) so a batch of thousands of reports stays small in memory.
 */
public final class SummaryXlsx {
    /** Sheet names. */
    public static final String REPORTS = "报告";
    public static final String FINDINGS = "问题";

    static final List<String> REPORT_HEADER = List.of("文件", "格式", "报告类型", "被评价单位", "年度", "得分", "等级",
            "错误数", "警告数", "状态", "原因", "JSON");
    static final List<String> FINDING_HEADER = List.of("文件", "规则", "严重程度", "说明", "位置", "数值",
            "计算值", "报告值", "依据", "审核", "审核意见");

    /** Excel's limit on a cell's text. */
    private static final int MAX_CELL = 32_000;
    private static final int MAX_WIDTH_CHARS = 60;

    private SummaryXlsx() {
    }

    /** Writes the workbook atomically; sheet 问题 shows each finding's review decision and comment. */
    public static void write(Path target, List<SummaryRow> rows, ReviewDecisions decisions) throws IOException {
        AtomicFiles.write(target, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                wb.setCompressTempFiles(true);
                CellStyle header = headerStyle(wb);
                Sheet reports = new Sheet(wb, REPORTS, REPORT_HEADER, header);
                Sheet findings = new Sheet(wb, FINDINGS, FINDING_HEADER, header);
                for (SummaryRow r : rows) {
                    reports.add(r.file(), r.format(), r.reportType(), r.subject(), r.year(), r.score(), r.grade(),
                            r.errors(), r.warnings(), r.status().id(), r.reason(), r.output());
                    for (FindingRow f : r.findings()) {
                        List<String> ev = new ArrayList<>();
                        for (FindingRow.EvidenceRow e : f.evidence()) {
                            ev.add(e.location().isEmpty() ? e.text() : e.text() + "（" + e.location() + "）");
                        }
                        ReviewDecisions.Decision d = decisions.get(r.output(), f.key());
                        findings.add(r.file(), f.rule(), f.severity(), f.message(), f.location(),
                                String.join(" | ", f.values()), f.expected(), f.actual(), String.join("\n", ev),
                                d == null ? "" : d.verdict().label(), d == null ? "" : d.comment());
                    }
                }
                reports.finish();
                findings.finish();
                wb.write(out);
                wb.dispose();
            }
        });
    }

    private static CellStyle headerStyle(SXSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.setFont(bold);
        return s;
    }

    /** One sheet being filled: header, rows, widths tracked as rows go by. */
    private static final class Sheet {
        private final SXSSFSheet sheet;
        private final int[] widths;
        private int next = 1;

        Sheet(SXSSFWorkbook wb, String name, List<String> header, CellStyle style) {
            sheet = wb.createSheet(name);
            widths = new int[header.size()];
            Row row = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell c = row.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(style);
                widths[i] = width(header.get(i)) + 3;
            }
        }

        void add(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Cell c = row.createCell(i);
                Object v = values[i];
                String shown;
                if (v instanceof Integer n) {
                    c.setCellValue(n);
                    shown = n.toString();
                } else {
                    shown = clean(v == null ? "" : v.toString());
                    c.setCellValue(shown);
                }
                widths[i] = Math.max(widths[i], width(firstLine(shown)));
            }
        }

        void finish() {
            int lastRow = Math.max(0, next - 1);
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, widths.length - 1));
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(MAX_WIDTH_CHARS, Math.max(6, widths[i]) + 1) * 256);
            }
        }
    }

    /** Display width in character cells: CJK and full-width characters count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length() && w < 4 * MAX_WIDTH_CHARS; i++) {
            char ch = s.charAt(i);
            w += ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3)
                    || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F)
                    || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1;
        }
        return w;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Drops control characters XML cannot carry and cuts text to what a cell holds. */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean bad = (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF;
            if (bad && b == null) b = new StringBuilder(s.substring(0, i));
            if (!bad && b != null) b.append(ch);
        }
        String out = b == null ? s : b.toString();
        return out.length() > MAX_CELL ? out.substring(0, MAX_CELL) + "…" : out;
    }
}
