package io.hecha.output;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code summary.xlsx}: sheet 报告 (one row per input) and sheet 问题 (one row per finding), each
 * with a bold frozen header row, an auto-filter and column widths from the content. Reports with
 * errors come first (then those with warnings), their rows marked in red (warnings in yellow).
 * Numbers are numbers — year, score, counts, the printed and computed amounts, their difference,
 * the values compared — with the printed form kept as the cell's number format ({@code #,##0.00},
 * {@code 0.00%}); text that is not a number stays text. Each report row links to its JSON, each
 * finding to its report's row; evidence cells wrap. Streamed (SXSSF) so a batch of thousands of
 * reports stays small in memory.
 */
public final class SummaryXlsx {
    /** Sheet names. */
    public static final String REPORTS = "报告";
    public static final String FINDINGS = "问题";

    static final List<String> REPORT_HEADER = List.of("文件", "格式", "报告类型", "被评价单位", "年度", "得分", "等级",
            "错误数", "警告数", "状态", "原因", "JSON", "核查关系数");
    /** The findings' columns; the values compared ({@code 数值1…}) go before 依据, the reviewer's two columns last. */
    static final List<String> FINDING_HEAD = List.of("文件", "规则", "严重程度", "说明", "位置", "页", "报告值", "计算值",
            "差", "计算区间");
    static final List<String> FINDING_TAIL = List.of("依据", "审核", "审核意见");

    /** Excel's limit on a cell's text. */
    private static final int MAX_CELL = 32_000;
    private static final int MAX_WIDTH_CHARS = 60;

    private SummaryXlsx() {
    }

    /** Writes the workbook atomically; sheet 问题 shows each finding's review decision and comment. */
    public static void write(Path target, List<SummaryRow> rows, ReviewDecisions decisions) throws IOException {
        List<SummaryRow> sorted = SummaryRow.forReview(rows);
        int values = sorted.stream().flatMap(r -> r.findings().stream()).mapToInt(f -> f.values().size()).max().orElse(0);
        List<String> findingHeader = new ArrayList<>(FINDING_HEAD);
        for (int i = 1; i <= values; i++) findingHeader.add("数值" + i);
        findingHeader.addAll(FINDING_TAIL);
        AtomicFiles.write(target, out -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                wb.setCompressTempFiles(true);
                Styles styles = new Styles(wb);
                Sheet reports = new Sheet(wb, REPORTS, REPORT_HEADER, styles);
                Sheet findings = new Sheet(wb, FINDINGS, findingHeader, styles);
                for (int i = 0; i < sorted.size(); i++) {
                    SummaryRow r = sorted.get(i);
                    Mark mark = r.errors() > 0 ? Mark.ERROR : r.warnings() > 0 ? Mark.WARNING : Mark.NONE;
                    Row row = reports.row();
                    reports.text(row, 0, r.file(), mark);
                    reports.text(row, 1, r.format(), mark);
                    reports.text(row, 2, r.reportType(), mark);
                    reports.text(row, 3, r.subject(), mark);
                    reports.number(row, 4, r.year(), mark);
                    reports.number(row, 5, r.score(), mark);
                    reports.text(row, 6, r.grade(), mark);
                    reports.integer(row, 7, r.errors(), mark);
                    reports.integer(row, 8, r.warnings(), mark);
                    reports.text(row, 9, r.status().id(), mark);
                    reports.text(row, 10, r.reason(), mark);
                    Cell json = reports.text(row, 11, r.output(), mark);
                    if (!r.output().isEmpty()) reports.link(json, HyperlinkType.FILE, r.output(), mark);
                    if (r.checked() >= 0) reports.integer(row, 12, r.checked(), mark);
                    else reports.text(row, 12, "", mark);
                    String reportRow = "'" + REPORTS + "'!A" + (i + 2);
                    for (FindingRow f : r.findings()) finding(findings, r, f, reportRow, values, decisions);
                }
                reports.finish();
                findings.finish();
                wb.write(out);
                wb.dispose();
            }
        });
    }

    private static void finding(Sheet s, SummaryRow r, FindingRow f, String reportRow, int values, ReviewDecisions decisions) {
        Mark mark = "error".equals(f.severity()) ? Mark.ERROR : "warning".equals(f.severity()) ? Mark.WARNING : Mark.NONE;
        Row row = s.row();
        s.link(s.text(row, 0, r.file(), Mark.NONE), HyperlinkType.DOCUMENT, reportRow, Mark.NONE);
        s.text(row, 1, f.rule(), Mark.NONE);
        s.text(row, 2, f.severity(), mark);
        s.text(row, 3, f.message(), Mark.NONE);
        s.text(row, 4, f.location(), Mark.NONE);
        if (f.page() != null) s.integer(row, 5, f.page(), Mark.NONE);
        Optional<ShownNumber> printed = ShownNumber.parse(f.actual());
        Optional<ShownNumber> computed = printed.flatMap(p -> ShownNumber.computed(f.expected(), p));
        if (printed.isPresent()) s.number(row, 6, printed.get(), Mark.NONE);
        else s.text(row, 6, f.actual(), Mark.NONE);
        if (computed.isPresent()) {
            s.number(row, 7, computed.get(), Mark.NONE);
            s.number(row, 8, ShownNumber.difference(printed.get(), computed.get()), mark);
        }
        s.text(row, 9, f.expected(), Mark.NONE);
        int col = FINDING_HEAD.size();
        for (int i = 0; i < f.values().size(); i++) s.number(row, col + i, f.values().get(i), Mark.NONE);
        col += values;
        List<String> ev = new ArrayList<>();
        for (FindingRow.EvidenceRow e : f.evidence()) {
            ev.add(e.location().isEmpty() ? e.text() : e.text() + "（" + e.location() + "）");
        }
        s.wrapped(row, col, String.join("\n", ev));
        ReviewDecisions.Decision d = decisions.get(r.output(), f.key());
        s.text(row, col + 1, d == null ? "" : d.verdict().label(), Mark.NONE);
        s.text(row, col + 2, d == null ? "" : d.comment(), Mark.NONE);
    }

    /** How a row is marked: errors red, warnings yellow. */
    private enum Mark { NONE, ERROR, WARNING }

    /** The workbook's cell styles, one per (number format, mark, wrap), made once. */
    private static final class Styles {
        private final SXSSFWorkbook wb;
        private final Map<String, CellStyle> made = new HashMap<>();
        final CellStyle header;
        final Font link;

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            link = wb.createFont();
            link.setUnderline(Font.U_SINGLE);
            link.setColor(IndexedColors.BLUE.getIndex());
        }

        CellStyle get(String format, Mark mark, boolean wrap, boolean isLink) {
            return made.computeIfAbsent(format + "|" + mark + "|" + wrap + "|" + isLink, k -> {
                CellStyle s = wb.createCellStyle();
                if (!format.isEmpty()) s.setDataFormat(wb.createDataFormat().getFormat(format));
                if (mark != Mark.NONE) {
                    s.setFillForegroundColor((mark == Mark.ERROR ? IndexedColors.ROSE : IndexedColors.LIGHT_YELLOW).getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                if (wrap) {
                    s.setWrapText(true);
                    s.setVerticalAlignment(VerticalAlignment.TOP);
                }
                if (isLink) s.setFont(link);
                return s;
            });
        }
    }

    /** One sheet being filled: header, rows, widths tracked as rows go by. */
    private static final class Sheet {
        private final SXSSFSheet sheet;
        private final Styles styles;
        private final int[] widths;
        private int next = 1;

        Sheet(SXSSFWorkbook wb, String name, List<String> header, Styles styles) {
            sheet = wb.createSheet(name);
            this.styles = styles;
            widths = new int[header.size()];
            Row row = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell c = row.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(styles.header);
                widths[i] = width(header.get(i)) + 3;
            }
        }

        Row row() {
            return sheet.createRow(next++);
        }

        Cell text(Row row, int col, String value, Mark mark) {
            Cell c = row.createCell(col);
            String shown = clean(value == null ? "" : value);
            c.setCellValue(shown);
            if (mark != Mark.NONE) c.setCellStyle(styles.get("", mark, false, false));
            widths[col] = Math.max(widths[col], width(firstLine(shown)));
            return c;
        }

        void wrapped(Row row, int col, String value) {
            Cell c = row.createCell(col);
            String shown = clean(value);
            c.setCellValue(shown);
            c.setCellStyle(styles.get("", Mark.NONE, true, false));
            widths[col] = Math.max(widths[col], width(firstLine(shown)));
        }

        void integer(Row row, int col, int value, Mark mark) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(styles.get("0", mark, false, false));
            widths[col] = Math.max(widths[col], Integer.toString(value).length());
        }

        /** A printed number as a number in its printed format; text that is not a number stays text. */
        void number(Row row, int col, String printed, Mark mark) {
            Optional<ShownNumber> n = ShownNumber.parse(printed);
            if (n.isPresent()) number(row, col, n.get(), mark);
            else text(row, col, printed, mark);
        }

        void number(Row row, int col, ShownNumber n, Mark mark) {
            Cell c = row.createCell(col);
            c.setCellValue(n.value().doubleValue()); // a spreadsheet cell holds a double; the format shows the printed digits
            c.setCellStyle(styles.get(n.excelFormat(), mark, false, false));
            widths[col] = Math.max(widths[col], n.text().length() + 1);
        }

        void link(Cell c, HyperlinkType type, String address, Mark mark) {
            Hyperlink h = sheet.getWorkbook().getCreationHelper().createHyperlink(type);
            h.setAddress(type == HyperlinkType.FILE ? fileAddress(address) : address);
            c.setHyperlink(h);
            c.setCellStyle(styles.get("", mark, false, true));
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

    /** Display width in character cells (CJK and full-width characters count two), enough to size a column. */
    static int width(String s) {
        return DisplayWidth.of(s.length() > 4 * MAX_WIDTH_CHARS ? s.substring(0, 4 * MAX_WIDTH_CHARS) : s);
    }

    /** A relative file address as a URI path (spaces, non-ASCII and every character a URI cannot hold as such percent-encoded). */
    static String fileAddress(String name) {
        StringBuilder b = new StringBuilder();
        for (byte x : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c > 0x20 && c < 0x7F && "%#?:\\<>\"{}|^`".indexOf(c) < 0) b.append((char) c);
            else b.append('%').append(String.format("%02X", c));
        }
        return b.toString();
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
