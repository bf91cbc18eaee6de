package io.hecha.interpret;

import io.hecha.model.Table;
import io.hecha.text.DisplayedNumber;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types a table: finds its header rows and blocks, gives each column a role and each row a role and
 * label, and chooses each block's row hierarchy ({@link Hierarchies}).
 */
final class TableTyper {
    static final Pattern TOTAL = Pattern.compile("^(?:[一-龥]{0,6})?(?:合计|总计|小计|总额合计)$|^(?:合计|总计)[:：]?.{0,6}$");
    private static final Pattern SUBTOTAL = Pattern.compile("小计");
    private static final Pattern LINE_NO_HEADER = Pattern.compile("序号|行次|栏次|编号|^行$|^栏$");
    private static final Pattern CODE_HEADER = Pattern.compile("代码|编码|^类$|^款$|^项$");
    private static final Pattern YEAR_HEADER = Pattern.compile("年度|年份|日期|时间|^年$|^月$");
    private static final Pattern TEXT_HEADER = Pattern.compile("电话|说明|原因|备注|措施|依据|标准|方法|内容|描述");
    private static final Pattern UNIT_HEADER = Pattern.compile("^(计量)?单位$|^单位名称$");
    private static final Pattern RATE_HEADER = Pattern.compile("率|占比|比例|比重|百分比|%|％");
    private static final Pattern WEIGHT_HEADER = Pattern.compile("权重|分值|满分|标准分");
    private static final Pattern SCORE_HEADER = Pattern.compile("得分|分数|评分|（分）|\\(分\\)");
    private static final Pattern COUNT_HEADER = Pattern.compile(
            "人数|家数|个数|户数|次数|数量|（家）|（个）|（人）|（项）|（次）|（户）");
    private static final Pattern UNIT_IN_TEXT = Pattern.compile("[（(]\\s*(?:单位[:：]\\s*)?(万元|亿元|元|千元|%|％|分|人|个|家|项|次|户)\\s*[)）]");
    private static final Pattern UNIT_IN_CAPTION = Pattern.compile("单位[:：]\\s*(万元|亿元|千元|元)");

    private TableTyper() {
    }

    /** Types one table. */
    static TypedTable type(Table table, int index, int blockIndex) {
        CellGrid g = new CellGrid(table);
        List<TableBlock> blocks = new ArrayList<>();
        int h = headerRows(g);
        blocks.add(block(g, 0, TableBlock.Layout.WHOLE, 0, h, g.rows, allColumns(g)));
        return new TypedTable(g, index, blockIndex, blocks);
    }

    private static List<Integer> allColumns(CellGrid g) {
        List<Integer> out = new ArrayList<>(g.columns);
        for (int c = 0; c < g.columns; c++) out.add(c);
        return out;
    }

    /** Leading rows before the first one showing a number that is not a year (at least the declared ones). */
    static int headerRows(CellGrid g) {
        int h = 0;
        while (h < g.rows && !hasValue(g, h)) h++;
        if (h == g.rows) h = Math.max(1, g.table.headerRows());
        return Math.min(g.rows, Math.max(h, Math.min(g.table.headerRows(), g.rows)));
    }

    private static boolean hasValue(CellGrid g, int r) {
        for (int c = 0; c < g.columns; c++) {
            DisplayedNumber n = g.number(r, c);
            if (n != null && !yearLike(n)) return true;
        }
        return false;
    }

    static boolean yearLike(DisplayedNumber n) {
        return !n.percent() && n.decimals() == 0 && n.value().intValue() >= 1990 && n.value().intValue() <= 2100
                && n.printed().matches("\\d{4}");
    }

    /** A block over rows {@code [first, end)} with header rows {@code [first, body)} and the given grid columns. */
    static TableBlock block(CellGrid g, int id, TableBlock.Layout layout, int first, int body, int end, List<Integer> cols) {
        List<Column> columns = new ArrayList<>();
        for (int c : cols) columns.add(column(g, c, first, body, end));
        int n = end - first;
        RowRole[] roles = new RowRole[n];
        String[] labels = new String[n];
        String[] codes = new String[n];
        for (int r = first; r < end; r++) {
            labels[r - first] = label(g, r, columns);
            codes[r - first] = "";
        }
        for (int r = first; r < end; r++) roles[r - first] = r < body ? RowRole.HEADER : rowRole(g, r, columns);
        TableBlock draft = new TableBlock(id, layout, first, body, end, columns, g.columns, roles, labels, codes,
                flat(g.rows));
        return draft;
    }

    static RowHierarchy flat(int rows) {
        int[] parent = new int[rows];
        java.util.Arrays.fill(parent, -1);
        return new RowHierarchy(RowHierarchy.FLAT, "", parent, new boolean[rows], List.of());
    }

    /** The header text of a column over the header rows: their distinct texts joined. */
    static String header(CellGrid g, int c, int first, int body) {
        Set<String> parts = new LinkedHashSet<>();
        for (int r = first; r < body; r++) {
            String t = g.text(r, c).strip();
            if (!t.isEmpty()) parts.add(t);
        }
        return String.join(" ", parts).replace('\n', ' ');
    }

    private static Column column(CellGrid g, int c, int first, int body, int end) {
        String header = header(g, c, first, body);
        String h = header.replaceAll("\\s", "");
        int nums = 0, pct = 0, years = 0, texts = 0, maxDec = 0;
        for (int r = body; r < end; r++) {
            DisplayedNumber n = g.number(r, c);
            if (n == null) {
                if (!g.blank(r, c)) texts++;
                continue;
            }
            nums++;
            if (n.percent()) pct++;
            if (yearLike(n)) years++;
            maxDec = Math.max(maxDec, n.decimals());
        }
        ColumnRole role;
        if (LINE_NO_HEADER.matcher(h).find()) role = ColumnRole.LINE_NO;
        else if (CODE_HEADER.matcher(h).find()) role = ColumnRole.CODE;
        else if (YEAR_HEADER.matcher(h).find() || (nums > 0 && years == nums)) role = ColumnRole.YEAR;
        else if (UNIT_HEADER.matcher(h).find() && nums == 0) role = ColumnRole.UNIT;
        else if ((RATE_HEADER.matcher(h).find() && !h.contains("率先")) || (nums > 0 && pct * 2 >= nums)) role = ColumnRole.RATE;
        else if (nums == 0 || texts > nums * 2) role = TEXT_HEADER.matcher(h).find() ? ColumnRole.TEXT : ColumnRole.LABEL;
        else if (WEIGHT_HEADER.matcher(h).find()) role = ColumnRole.WEIGHT;
        else if (SCORE_HEADER.matcher(h).find()) role = ColumnRole.SCORE;
        else if (COUNT_HEADER.matcher(h).find()) role = ColumnRole.COUNT;
        else role = ColumnRole.AMOUNT;
        return new Column(c, header, role, unit(g, header, role), maxDec);
    }

    private static String unit(CellGrid g, String header, ColumnRole role) {
        if (role == ColumnRole.RATE) return "%";
        Matcher m = UNIT_IN_TEXT.matcher(header);
        if (m.find()) return m.group(1).replace('％', '%');
        if (role == ColumnRole.SCORE || role == ColumnRole.WEIGHT) return "分";
        if (role == ColumnRole.AMOUNT) {
            Matcher c = UNIT_IN_CAPTION.matcher(g.table.caption());
            if (c.find()) return c.group(1);
        }
        return "";
    }

    /** The row's label: its first text in a label column, else its first text that is not a number. */
    private static String label(CellGrid g, int r, List<Column> columns) {
        for (Column c : columns) {
            if (c.role() != ColumnRole.LABEL) continue;
            String t = g.text(r, c.index()).strip();
            if (!t.isEmpty() && g.number(r, c.index()) == null) return t.replace('\n', ' ');
        }
        for (Column c : columns) {
            if (g.number(r, c.index()) != null) continue;
            String t = g.text(r, c.index()).strip();
            if (!t.isEmpty()) return t.replace('\n', ' ');
        }
        return "";
    }

    private static RowRole rowRole(CellGrid g, int r, List<Column> columns) {
        Set<String> texts = new LinkedHashSet<>();
        for (Column c : columns) {
            if (g.number(r, c.index()) != null) continue;
            String t = g.text(r, c.index()).strip();
            if (!t.isEmpty()) texts.add(t);
        }
        for (String t : texts) {
            String s = t.replaceAll("\\s", "");
            boolean total = (s.length() <= 10 && TOTAL.matcher(s).find())
                    || (s.length() <= 24 && s.matches(".*(合计|总计|小计)[:：]?$") && !s.matches(".*[，。；,;].*"));
            if (total) return SUBTOTAL.matcher(s).find() ? RowRole.SUBTOTAL : RowRole.TOTAL;
        }
        for (Column c : columns) if (c.role().summable() && g.number(r, c.index()) != null) return RowRole.DATA;
        return RowRole.GROUP;
    }
}
