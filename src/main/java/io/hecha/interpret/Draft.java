package io.hecha.interpret;

import io.hecha.text.Spaces;
import io.hecha.text.ChineseNumbering;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table block being typed: its rows and columns with roles, each row's label, code, outline number,
 * indentation and 其中 marker, and each cell's interval in its column (computed once). The hierarchy
 * is chosen over a draft ({@link Hierarchies}) before it becomes a {@link TableBlock}.
 */
final class Draft {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern WHERE_OF = Pattern.compile("^[（(]?(其中|含)");
    private static final Pattern LABEL_CODE = Pattern.compile("^[\\[【]?(\\d{3,9})[\\]】]?\\s*(?![\\d.年月日%％])\\S");

    final CellGrid g;
    final int id;
    final TableBlock.Layout layout;
    final int first;
    final int body;
    final int end;
    final List<Column> columns;
    final RowRole[] roles;
    final String[] labels;
    final String[] codes;
    final int[] rank;
    final int[] outline;
    final int[] indent;
    final boolean[] whereOf;
    final int[] labelFrom;
    final int[] labelTo;
    final boolean[] lineNo;
    /** True when the table repeats the header rows of the table before it on the next page: a part of a table cut at a page. */
    boolean fragment;
    private final Column[] byGrid;
    private final Interval[][] intervals;
    private final boolean[][] holes;
    private static final boolean[] NO_HOLES = new boolean[0];

    Draft(CellGrid g, int id, TableBlock.Layout layout, int first, int body, int end, List<Column> columns,
          boolean[] lineNo) {
        this.g = g;
        this.lineNo = lineNo;
        this.id = id;
        this.layout = layout;
        this.first = first;
        this.body = body;
        this.end = end;
        this.columns = List.copyOf(columns);
        byGrid = new Column[g.columns];
        for (Column c : columns) byGrid[c.index()] = c;
        int n = end - first;
        roles = new RowRole[n];
        labels = new String[n];
        codes = new String[n];
        rank = new int[n];
        outline = new int[n];
        indent = new int[n];
        whereOf = new boolean[n];
        labelFrom = new int[n];
        labelTo = new int[n];
        intervals = new Interval[n][];
        holes = new boolean[n][];
        List<Column> codeColumns = columns.stream().filter(c -> c.role() == ColumnRole.CODE).toList();
        for (int r = first; r < end; r++) {
            int i = r - first;
            readLabel(r, i);
            codes[i] = r < body ? "" : code(r, codeColumns, labels[i]);
            Optional<ChineseNumbering.Match> m = ChineseNumbering.match(labels[i]);
            rank[i] = m.map(x -> x.kind().rank()).orElse(0);
            outline[i] = m.map(ChineseNumbering.Match::value).orElse(0);
            whereOf[i] = WHERE_OF.matcher(Spaces.without(labels[i])).find();
            roles[i] = r < body ? RowRole.HEADER : TableTyper.rowRole(g, r, columns);
        }
    }

    /**
     * The label: the most specific label column's text (the rightmost label column with text of its own,
     * not the lower part of a merged cell: 三级指标 rather than 一级指标, 年度资金总额 rather than the
     * 项目资金 cell beside it), else the first text of the row that is not a number; with its column span.
     */
    private void readLabel(int r, int i) {
        labels[i] = "";
        labelFrom[i] = -1;
        labelTo[i] = -1;
        String raw = null;
        for (int pass = 0; pass < 2 && raw == null; pass++) {
            for (Column c : columns) {
                if (pass == 0 && c.role() != ColumnRole.LABEL) continue;
                if (g.number(r, c.index()) != null) continue;
                String t = g.text(r, c.index());
                if (t.isBlank() || (pass == 0 && g.cellAt(r, c.index()) != null && g.cellAt(r, c.index()).row() != r)) continue;
                if (pass == 0 && raw != null && t.strip().equals(raw.strip())) continue;
                raw = t;
                labelFrom[i] = c.index();
                if (pass == 1) break;
            }
            if (pass == 0 && raw == null) {
                for (Column c : columns) {
                    if (c.role() != ColumnRole.LABEL || g.text(r, c.index()).isBlank()) continue;
                    raw = g.text(r, c.index());
                    labelFrom[i] = c.index();
                }
            }
        }
        if (raw == null) return;
        int k = labelFrom[i];
        String norm = raw.strip();
        while (k + 1 < g.columns && g.text(r, k + 1).strip().equals(norm)) k++;
        labelTo[i] = k;
        while (labelFrom[i] > 0 && g.text(r, labelFrom[i] - 1).strip().equals(norm)) labelFrom[i]--;
        int lead = 0;
        while (lead < raw.length() && (raw.charAt(lead) == ' ' || raw.charAt(lead) == '\u3000' || raw.charAt(lead) == '\u00A0')) {
            lead += raw.charAt(lead) == '\u3000' ? 2 : 1;
        }
        indent[i] = lead;
        labels[i] = norm.replace('\n', ' ');
    }

    /** The row's code: its code columns' digits (类 | 款 | 项 composed: 201 + 06 + 01 = 2010601), else a code before its label. */
    private String code(int r, List<Column> codeColumns, String label) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < codeColumns.size(); k++) {
            String t = Spaces.without(g.text(r, codeColumns.get(k).index()));
            if (!DIGITS.matcher(t).matches()) {
                if (!t.isEmpty() && b.length() > 0) break;
                continue;
            }
            if (k > 0 && b.length() > 0 && codeColumns.size() > 1 && t.length() < 2) t = "0" + t;
            b.append(t);
        }
        if (b.length() > 0) return b.toString();
        Matcher m = LABEL_CODE.matcher(label);
        return m.find() ? m.group(1) : "";
    }

    int index(int r) {
        return r - first;
    }

    RowRole role(int r) {
        return roles[r - first];
    }

    boolean total(int r) {
        RowRole x = role(r);
        return x == RowRole.TOTAL || x == RowRole.SUBTOTAL;
    }

    /** True for rows that carry values and are not totals. */
    boolean data(int r) {
        return role(r) == RowRole.DATA;
    }

    Column column(int grid) {
        return grid >= 0 && grid < byGrid.length ? byGrid[grid] : null;
    }

    /** The block's summable columns that show a number in the body. */
    List<Column> summable() {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (!c.role().summable()) continue;
            for (int r = body; r < end; r++) {
                if (g.number(r, c.index()) != null) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** The block's columns whose role adds up (also those left empty in this block). */
    List<Column> summableRoles() {
        return columns.stream().filter(c -> c.role().summable()).toList();
    }

    /** The interval a cell stands for in its column, null when it shows no number. */
    Interval interval(int r, int c) {
        int i = r - first;
        if (intervals[i] == null) intervals[i] = new Interval[g.columns];
        Interval v = intervals[i][c];
        if (v == null) {
            DisplayedNumber n = g.number(r, c);
            Column col = column(c);
            if (n == null || col == null) return null;
            v = Interval.of(n, col.precision(), col.role().exact());
            intervals[i][c] = v;
        }
        return v;
    }

    /**
     * The sum of the rows' cells in a column (blank cells count 0); null when one of them shows text
     * that is not a number, or none shows a number.
     */
    Interval sum(List<Integer> rows, int c) {
        Interval s = Interval.exact(BigDecimal.ZERO);
        int numbers = 0;
        for (int r : rows) {
            Interval v = interval(r, c);
            if (v != null) {
                s = s.add(v);
                numbers++;
            } else if (!g.blank(r, c)) {
                return null;
            }
        }
        return numbers == 0 ? null : s;
    }

    /** True when one of the rows' cells in a column is a {@linkplain #hole hole}. */
    boolean holeIn(List<Integer> rows, int c) {
        for (int r : rows) if (hole(r, c)) return true;
        return false;
    }

    /**
     * True for a value the table leaves unknown: an empty cell (no dash, no 无: nothing) of a summable
     * column in a value row whose every other numeric column shows a number (an indicator's 得分 left
     * empty beside its 分值 where a sheet breaks). A row whose own total accounts for its other cells
     * (one of them is the sum of the rest: 合计 = 基本支出 with 项目支出 empty) states the empty cell as zero.
     * A sum over a hole has no known value: where it breaks reading the hole as zero, it is not asserted.
     */
    boolean hole(int r, int c) {
        if (r < body || r >= end) return false;
        int i = r - first;
        if (holes[i] == null) holes[i] = holesOf(r);
        return c < holes[i].length && holes[i][c];
    }

    private boolean[] holesOf(int r) {
        if (!data(r)) return NO_HOLES;
        int empty = -1;
        List<Interval> shown = new ArrayList<>();
        for (Column c : columns) {
            if (!c.role().numeric() || g.continuation(r, c.index())) continue;
            Interval v = g.number(r, c.index()) == null ? null : interval(r, c.index());
            if (v != null) {
                if (c.role().summable()) shown.add(v);
                continue;
            }
            if (!g.text(r, c.index()).strip().isEmpty() || !c.role().summable() || empty >= 0) return NO_HOLES;
            empty = c.index();
        }
        if (empty < 0 || shown.isEmpty() || crossFoots(shown)) return NO_HOLES;
        boolean[] out = new boolean[g.columns];
        out[empty] = true;
        return out;
    }

    /** True when one of the values is the sum of the others (at least two). */
    private static boolean crossFoots(List<Interval> values) {
        if (values.size() < 3) return false;
        for (int i = 0; i < values.size(); i++) {
            List<Interval> rest = new ArrayList<>(values);
            Interval v = rest.remove(i);
            if (Interval.sum(rest).overlaps(v)) return true;
        }
        return false;
    }

    /** The block's header rows that are not line-number rows. */
    List<Integer> headerRows() {
        List<Integer> out = new ArrayList<>();
        for (int r = first; r < body; r++) if (!lineNo[r]) out.add(r);
        return out;
    }

    /** The texts of the row that are not numbers, distinct, in order. */
    Set<String> texts(int r) {
        Set<String> out = new LinkedHashSet<>();
        for (Column c : columns) {
            if (g.number(r, c.index()) != null) continue;
            String t = g.text(r, c.index()).strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    TableBlock toBlock(RowHierarchy h) {
        return new TableBlock(id, layout, first, body, end, columns, g.columns, roles, labels, codes, h);
    }
}
