package io.hecha.interpret;

import io.hecha.text.CellWords;
import io.hecha.text.Spaces;
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
    private static final Pattern SMALL_INTEGER = Pattern.compile("\\d{1,3}");
    private static final Pattern LINE_NO_HEADER = Pattern.compile("序号|行次|栏次|编号|^行$|^栏$");
    private static final Pattern CODE_HEADER = Pattern.compile("代码|编码|^类$|^款$|^项$");
    private static final Pattern YEAR_HEADER = Pattern.compile("^年度$|年份|日期|时间|^年$|^月$");
    private static final Pattern TEXT_HEADER = Pattern.compile("电话|说明|原因|备注|措施|依据|标准|方法|内容|描述|指标值|目标值|完成值|实际值");
    private static final Pattern UNIT_HEADER = Pattern.compile("^(计量)?单位$|^单位名称$");
    private static final Pattern RATE_HEADER = Pattern.compile("率|占比|比例|比重|百分比|%|％");
    private static final Pattern WEIGHT_HEADER = Pattern.compile("权重|分值|满分|标准分");
    private static final Pattern SCORE_HEADER = Pattern.compile("得分|分数|评分|（分）|\\(分\\)");
    private static final Pattern COUNT_HEADER = Pattern.compile(
            "人数|家数|个数|户数|次数|数量|（家）|（个）|（人）|（项）|（次）|（户）");
    private static final Pattern UNIT_IN_TEXT = Pattern.compile("[（(]\\s*(?:单位[:：]\\s*)?(万元|亿元|元|千元|%|％|分|人|个|家|项|次|户)\\s*[)）]");
    private static final Pattern UNIT_IN_CAPTION = Pattern.compile("单位[:：]\\s*(万元|亿元|千元|元)");

    private static final Pattern HEADER_WORD = Pattern.compile(
            "指标|分值|得分|权重|金额|预算|决算|执行|数$|数（|率|合计|项目|科目|名称|编码|代码|单位|说明|原因|标准|年度|完成|实际|目标|收入|支出|类|款|项|小计");
    private static final Pattern AMOUNT_HEADER = Pattern.compile("数$|额|金|拨款|支出|收入|预算|决算|经费|费$|合计|小计");
    private static final Pattern LINE_NO_LABEL = Pattern.compile("^(栏次|行次|栏号|行号)$");

    private TableTyper() {
    }

    /** Types one table: {@code index} its place in Document.tables() (-1 outside a document). */
    static TypedTable type(Table table, int index, int blockIndex, Table previous, Table next) {
        CellGrid g = new CellGrid(table);
        boolean[] lineNo = lineNumberRows(g);
        List<TableBlock> blocks = new ArrayList<>();
        List<Spec> asserted = new ArrayList<>();
        List<Spec> unsupported = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        List<int[]> stacked = stacked(g, lineNo);
        int h = stacked.get(0)[1];
        boolean fragment = fragment(table, previous, h) || fragment(next, table, h);
        for (int[] s : stacked) {
            List<List<Integer>> groups = sideBySide(g, s[0], s[1], s[2], lineNo);
            TableBlock.Layout layout = groups.size() > 1 ? TableBlock.Layout.SIDE_BY_SIDE
                    : stacked.size() > 1 ? TableBlock.Layout.STACKED : TableBlock.Layout.WHOLE;
            List<Draft> row = new ArrayList<>();
            for (List<Integer> cols : groups) {
                List<Column> columns = new ArrayList<>();
                for (int c : cols) columns.add(column(g, c, s[0], s[1], s[2], lineNo));
                Draft d = new Draft(g, drafts.size() + row.size(), layout, s[0], s[1], s[2], columns, lineNo);
                d.fragment = fragment;
                row.add(d);
            }
            drafts.addAll(row);
            for (Draft d : row) {
                Hierarchies.Chosen chosen = Hierarchies.choose(d, row);
                blocks.add(d.toBlock(chosen.hierarchy()));
                asserted.addAll(chosen.asserted());
                unsupported.addAll(chosen.unsupported());
            }
            for (Draft d : row) ColumnRelations.add(d, asserted, unsupported);
        }
        return new TypedTable(g, index, blockIndex, blocks, asserted, unsupported);
    }

    /**
     * True when the table starts on the page after the previous table ends and repeats its first
     * {@code headerRows} rows: a part of a table cut at a page break that the reader did not join.
     */
    static boolean fragment(Table t, Table previous, int headerRows) {
        if (t == null || previous == null || headerRows == 0 || previous.columnCount() != t.columnCount()
                || previous.rowCount() < headerRows) return false;
        Integer page = t.provenance() == null ? null : t.provenance().page();
        var areas = previous.provenance() == null ? null : previous.provenance().areas();
        if (page == null || areas == null || areas.isEmpty() || areas.get(areas.size() - 1).page() + 1 != page) return false;
        for (int r = 0; r < headerRows; r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                if (!norm(t.text(r, c)).equals(norm(previous.text(r, c)))) return false;
            }
        }
        return true;
    }

    /**
     * Rows that number the lines or columns (栏次 | 1 | 2 | 3, or a row of consecutive integers 1, 2, 3 … in
     * the header area): they are labels, never amounts.
     */
    static boolean[] lineNumberRows(CellGrid g) {
        boolean[] out = new boolean[g.rows];
        for (int r = 0; r < g.rows; r++) {
            boolean label = false;
            List<Integer> ints = new ArrayList<>();
            boolean other = false;
            String prev = null;
            for (int c = 0; c < g.columns; c++) {
                String t = Spaces.without(g.text(r, c));
                if (t.equals(prev)) continue;
                prev = t;
                if (t.isEmpty()) continue;
                if (LINE_NO_LABEL.matcher(t).matches()) label = true;
                else if (SMALL_INTEGER.matcher(t).matches()) ints.add(Integer.parseInt(t));
                else other = true;
            }
            boolean consecutive = ints.size() >= 3;
            for (int i = 1; i < ints.size() && consecutive; i++) if (ints.get(i) != ints.get(i - 1) + 1) consecutive = false;
            out[r] = (label && !ints.isEmpty()) || (!other && consecutive && ints.get(0) <= 1);
        }
        return out;
    }

    /** True when the row shows a number that is a value: not a year, not in a line-number row. */
    static boolean valueRow(CellGrid g, int r, boolean[] lineNo) {
        if (lineNo[r]) return false;
        for (int c = 0; c < g.columns; c++) {
            DisplayedNumber n = g.number(r, c);
            if (n != null && !yearLike(n)) return true;
        }
        return false;
    }

    /** Distinct texts of a row, merged cells (and repeated grid texts) counted once, with their column runs. */
    private static List<String> runs(CellGrid g, int r, List<Integer> widths) {
        List<String> out = new ArrayList<>();
        String prev = null;
        for (int c = 0; c < g.columns; c++) {
            String t = g.text(r, c).strip();
            if (prev != null && t.equals(prev)) {
                widths.set(widths.size() - 1, widths.get(widths.size() - 1) + 1);
                continue;
            }
            prev = t;
            out.add(t);
            widths.add(1);
        }
        return out;
    }

    /**
     * A form row: a label on the left and one value over the rest (项目名称 | 青禾县…), unless the row below
     * splits that value's columns (then it is a header group: 收入 | 支出 over 项目 | 决算数 | 项目 | 合计…) and
     * the row above is not a form row of the same shape.
     */
    private static boolean labelValue(CellGrid g, int r) {
        int[] span = valueSpan(g, r);
        if (span == null) return false;
        if (r + 1 >= g.rows || !splits(g, r + 1, span)) return true;
        int[] above = r > 0 ? valueSpan(g, r - 1) : null;
        return above != null && above[0] == span[0] && above[1] == span[1];
    }

    /** The columns [from, to] of the value of a two-text row whose second text is the wider, else null. */
    private static int[] valueSpan(CellGrid g, int r) {
        List<Integer> w = new ArrayList<>();
        List<String> runs = runs(g, r, w);
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) if (!runs.get(i).isEmpty()) filled.add(i);
        if (filled.size() != 2) return null;
        int a = filled.get(0), b = filled.get(1);
        if (w.get(a) >= w.get(b) || w.get(b) < 2) return null;
        int from = 0;
        for (int i = 0; i < b; i++) from += w.get(i);
        return new int[]{from, from + w.get(b) - 1};
    }

    /** True when the row's texts change inside the columns [from, to]. */
    private static boolean splits(CellGrid g, int r, int[] span) {
        for (int c = span[0] + 1; c <= span[1]; c++) {
            if (!norm(g.text(r, c)).equals(norm(g.text(r, c - 1)))) return true;
        }
        return false;
    }

    /** A row that can head columns: no values, short texts, not a form row. */
    private static boolean headerLike(CellGrid g, int r, boolean[] lineNo) {
        if (lineNo[r]) return true;
        if (valueRow(g, r, lineNo) || labelValue(g, r)) return false;
        List<Integer> w = new ArrayList<>();
        List<String> runs = runs(g, r, w);
        int texts = 0, widest = 0;
        for (int i = 0; i < runs.size(); i++) {
            String t = runs.get(i);
            if (t.isEmpty()) continue;
            if (Spaces.without(t).length() > 24) return false;
            texts++;
            widest = Math.max(widest, w.get(i));
        }
        // one text alone heads the columns only when it spans them all (a title row), else it is a group heading
        return texts >= 2 || (texts == 1 && widest == g.columns);
    }

    /**
     * A group heading right above the first values (一、监管执法类 | | |): one short text in the first column
     * only, no values. It opens the body (its rows are the group's), it does not head the columns.
     */
    private static boolean groupHeading(CellGrid g, int r, boolean[] lineNo) {
        if (lineNo[r] || valueRow(g, r, lineNo)) return false;
        List<Integer> w = new ArrayList<>();
        List<String> runs = runs(g, r, w);
        return runs.size() >= 2 && !runs.get(0).isEmpty() && w.get(0) < g.columns
                && runs.subList(1, runs.size()).stream().allMatch(String::isEmpty);
    }

    /** A header row in the middle of a table: it starts a stacked block. */
    private static boolean strongHeader(CellGrid g, int r, boolean[] lineNo) {
        if (!headerLike(g, r, lineNo) || lineNo[r]) return false;
        List<Integer> w = new ArrayList<>();
        int texts = 0, words = 0;
        for (String t : runs(g, r, w)) {
            if (t.isEmpty()) continue;
            texts++;
            if (HEADER_WORD.matcher(Spaces.without(t)).find()) words++;
        }
        return texts >= 3 && words >= 2;
    }

    /**
     * The stacked blocks, each as {first row, first body row, end row}: the first block's header rows are
     * the header-like rows right above its first value row (form rows above them stand outside every
     * block); a strong header row followed by values starts the next block.
     */
    static List<int[]> stacked(CellGrid g, boolean[] lineNo) {
        List<int[]> out = new ArrayList<>();
        int f = 0;
        while (f < g.rows && !valueRow(g, f, lineNo)) f++;
        if (f >= g.rows) {
            int h = Math.min(g.rows, Math.max(1, g.table.headerRows()));
            out.add(new int[]{0, h, g.rows});
            return out;
        }
        int b = f;
        while (b > 0 && groupHeading(g, b - 1, lineNo)) b--;
        int h = b;
        while (h > 0 && headerLike(g, h - 1, lineNo)) h--;
        if (h == b) {
            h = 0;
            b = f;
        }
        int first = h, body = b;
        int r = f + 1;
        while (r < g.rows) {
            if (!strongHeader(g, r, lineNo)) {
                r++;
                continue;
            }
            int k = r;
            while (k < g.rows && !valueRow(g, k, lineNo) && headerLike(g, k, lineNo)) k++;
            if (k < g.rows && valueRow(g, k, lineNo)) {
                out.add(new int[]{first, body, r});
                first = r;
                body = k;
                r = k + 1;
            } else {
                r = k + 1;
            }
        }
        out.add(new int[]{first, body, g.rows});
        return out;
    }

    /**
     * Column groups of a block: one group, or side-by-side groups where a label column follows a value
     * column and either repeats the block's first label header or starts a new top-level header group.
     */
    static List<List<Integer>> sideBySide(CellGrid g, int first, int body, int end, boolean[] lineNo) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        ColumnRole[] roles = new ColumnRole[g.columns];
        for (int c = 0; c < g.columns; c++) roles[c] = column(g, c, first, body, end, lineNo).role();
        int leaf = body - 1;
        while (leaf > first && lineNo[leaf]) leaf--;
        String firstLabel = null;
        boolean curHasValues = false;
        for (int c = 0; c < g.columns; c++) {
            boolean label = roles[c] == ColumnRole.LABEL || roles[c] == ColumnRole.CODE;
            if (label && firstLabel == null) firstLabel = norm(g.text(leaf, c));
            if (label && c > 0 && curHasValues && roles[c - 1].numeric()) {
                boolean repeats = firstLabel != null && norm(g.text(leaf, c)).equals(firstLabel);
                boolean newGroup = first < body && topBoundary(g, first, c);
                if ((repeats || newGroup) && groupHasValues(roles, c)) {
                    out.add(cur);
                    cur = new ArrayList<>();
                    curHasValues = false;
                }
            }
            cur.add(c);
            if (roles[c].numeric()) curHasValues = true;
        }
        out.add(cur);
        return out;
    }

    private static boolean groupHasValues(ColumnRole[] roles, int from) {
        for (int c = from; c < roles.length; c++) {
            if (roles[c].numeric()) return true;
        }
        return false;
    }

    /** True when the top header row changes group at column c, each group spanning at least two columns. */
    private static boolean topBoundary(CellGrid g, int top, int c) {
        String a = norm(g.text(top, c - 1)), b = norm(g.text(top, c));
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) return false;
        return c >= 2 && norm(g.text(top, c - 2)).equals(a) && c + 1 < g.columns && norm(g.text(top, c + 1)).equals(b);
    }

    private static String norm(String s) {
        return Spaces.without(s);
    }

    static boolean yearLike(DisplayedNumber n) {
        return !n.percent() && n.decimals() == 0 && n.value().intValue() >= 1990 && n.value().intValue() <= 2100
                && n.printed().matches("\\d{4}");
    }

    static RowHierarchy flat(int rows) {
        int[] parent = new int[rows];
        java.util.Arrays.fill(parent, -1);
        return new RowHierarchy(RowHierarchy.FLAT, "", parent, new boolean[rows], List.of());
    }

    /** The header text of a column over the header rows (line-number rows left out): distinct texts joined. */
    static String header(CellGrid g, int c, int first, int body, boolean[] lineNo) {
        Set<String> parts = new LinkedHashSet<>();
        for (int r = first; r < body; r++) {
            if (lineNo[r]) continue;
            String t = g.text(r, c).strip();
            if (!t.isEmpty()) parts.add(t);
        }
        return String.join(" ", parts).replace('\n', ' ');
    }

    static Column column(CellGrid g, int c, int first, int body, int end, boolean[] lineNo) {
        String header = header(g, c, first, body, lineNo);
        String h = Spaces.without(header);
        int nums = 0, pct = 0, years = 0, texts = 0, maxDec = 0;
        boolean large = false;
        for (int r = body; r < end; r++) {
            if (lineNo[r]) continue;
            DisplayedNumber n = g.number(r, c);
            if (n == null) {
                if (!g.blank(r, c)) texts++;
                continue;
            }
            nums++;
            if (n.percent()) pct++;
            if (yearLike(n)) years++;
            if (n.value().abs().compareTo(new java.math.BigDecimal("1.5")) > 0) large = true;
            maxDec = Math.max(maxDec, n.decimals());
        }
        ColumnRole role;
        if (LINE_NO_HEADER.matcher(h).find()) role = ColumnRole.LINE_NO;
        else if (CODE_HEADER.matcher(h).find()) role = ColumnRole.CODE;
        else if (YEAR_HEADER.matcher(h).find() || (nums > 0 && years == nums)) role = ColumnRole.YEAR;
        else if (UNIT_HEADER.matcher(h).find() && nums == 0) role = ColumnRole.UNIT;
        else if (nums == 0 && texts == 0 && AMOUNT_HEADER.matcher(h).find()) role = ColumnRole.AMOUNT;
        else if (nums == 0 || texts > nums * 2) role = TEXT_HEADER.matcher(h).find() ? ColumnRole.TEXT : ColumnRole.LABEL;
        else if ((RATE_HEADER.matcher(h).find() && !h.contains("率先")) || pct * 2 >= nums) role = ColumnRole.RATE;
        else if (WEIGHT_HEADER.matcher(h).find()) role = ColumnRole.WEIGHT;
        else if (SCORE_HEADER.matcher(h).find()) role = ColumnRole.SCORE;
        else if (COUNT_HEADER.matcher(h).find()) role = ColumnRole.COUNT;
        else role = ColumnRole.AMOUNT;
        String unit = role == ColumnRole.RATE ? (pct > 0 || large || h.contains("%") || h.contains("％") ? "%" : "")
                : unit(g, header, role);
        return new Column(c, header, role, unit, maxDec);
    }

    private static String unit(CellGrid g, String header, ColumnRole role) {
        Matcher m = UNIT_IN_TEXT.matcher(header);
        if (m.find()) return m.group(1).replace('％', '%');
        if (role == ColumnRole.SCORE || role == ColumnRole.WEIGHT) return "分";
        if (role == ColumnRole.AMOUNT) {
            Matcher c = UNIT_IN_CAPTION.matcher(g.table.caption());
            if (c.find()) return c.group(1);
        }
        return "";
    }

    static RowRole rowRole(CellGrid g, int r, List<Column> columns) {
        Set<String> texts = new LinkedHashSet<>();
        for (Column c : columns) {
            if (g.number(r, c.index()) != null) continue;
            String t = g.text(r, c.index()).strip();
            if (!t.isEmpty()) texts.add(t);
        }
        for (String t : texts) {
            String s = Spaces.without(t);
            if (CellWords.total(s)) return CellWords.subtotal(s) ? RowRole.SUBTOTAL : RowRole.TOTAL;
        }
        for (Column c : columns) if (c.role().summable() && g.number(r, c.index()) != null) return RowRole.DATA;
        return RowRole.GROUP;
    }
}
