package io.hecha.check.table;

import io.hecha.text.CellWords;
import io.hecha.text.Spaces;
import io.hecha.check.Finding.Evidence;
import io.hecha.model.Location;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.Interpreter;
import io.hecha.interpret.Interval;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.text.ChineseNumbering;
import io.hecha.text.DisplayedNumber;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table read for arithmetic: which leading rows are headers, what each column holds (amounts,
 * rates, exact counts and scores, or codes to leave alone), each column's precision (the most
 * decimals shown in it), each row's label and role (total, subtotal, group heading, a part under
 * {@code 其中}), and every numeric cell as the interval it stands for.
 */
public final class TableView {
    private static final Pattern SKIP_HEADER = Pattern.compile("序号|代码|编号|编码|年度|年份|日期|时间|电话|^年$");
    private static final Pattern RATE_HEADER = Pattern.compile("率|占比|比例|比重|百分比|%|％");
    private static final Pattern EXACT_HEADER = Pattern.compile(
            "权重|分值|得分|满分|分数|评分|（分）|\\(分\\)|人数|家数|个数|户数|次数|数量|（家）|（个）|（人）|（项）|（次）|（户）");

    private final TypedTable typed;
    private final Table table;
    private final int headerRows;
    private final int columns;
    private final DisplayedNumber[][] numbers;
    private final int[] precision;
    private final boolean[] rateColumn;
    private final boolean[] exactColumn;
    private final boolean[] skipColumn;

    /** A view of a table standing alone (no reference into a document). */
    public TableView(Table table) {
        this(Interpreter.type(table));
    }

    /** The view of a typed table of an interpretation, made once and shared by every rule that reads it. */
    public static TableView of(Interpretation in, TypedTable typed) {
        return in.derived(TableView.class, typed, () -> new TableView(typed));
    }

    /** A view of a typed table: its indexed cells and its cells' locations. */
    public TableView(TypedTable typed) {
        this.typed = typed;
        this.table = typed.table();
        this.columns = table.columnCount();
        int rows = table.rowCount();
        numbers = new DisplayedNumber[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (continuation(r, c)) continue;
                numbers[r][c] = typed.number(r, c);
            }
        }
        int h = 0;
        while (h < rows && !hasNumber(h)) h++;
        if (h == rows) h = Math.max(1, table.headerRows());
        headerRows = Math.max(h, Math.min(table.headerRows(), rows));
        precision = new int[columns];
        rateColumn = new boolean[columns];
        exactColumn = new boolean[columns];
        skipColumn = new boolean[columns];
        for (int c = 0; c < columns; c++) classify(c);
    }

    private boolean hasNumber(int r) {
        for (int c = 0; c < columns; c++) if (numbers[r][c] != null && !yearLike(numbers[r][c])) return true;
        return false;
    }

    private static boolean yearLike(DisplayedNumber n) {
        return !n.percent() && n.decimals() == 0 && n.value().intValue() >= 1990 && n.value().intValue() <= 2100
                && n.printed().matches("\\d{4}");
    }

    /** True when (r, c) is covered by a merged cell that starts in another row or column. */
    private boolean continuation(int r, int c) {
        return typed.continuation(r, c);
    }

    private void classify(int c) {
        String h = Spaces.without(header(c));
        int nums = 0, pct = 0, years = 0, maxDec = 0;
        for (int r = headerRows; r < table.rowCount(); r++) {
            DisplayedNumber n = numbers[r][c];
            if (n == null) continue;
            nums++;
            if (n.percent()) pct++;
            if (yearLike(n)) years++;
            maxDec = Math.max(maxDec, n.decimals());
        }
        precision[c] = maxDec;
        rateColumn[c] = (RATE_HEADER.matcher(h).find() && !h.contains("率先")) || (nums > 0 && pct * 2 >= nums);
        skipColumn[c] = SKIP_HEADER.matcher(h).find() || (nums > 0 && years == nums);
        exactColumn[c] = !rateColumn[c] && EXACT_HEADER.matcher(h).find();
    }

    /** The table. */
    public Table table() {
        return table;
    }

    /** The typed table this view reads. */
    public TypedTable typed() {
        return typed;
    }

    /** Number of leading header rows (rows before the first one showing a number). */
    public int headerRows() {
        return headerRows;
    }

    public int rowCount() {
        return table.rowCount();
    }

    public int columnCount() {
        return columns;
    }

    /** The header text of a column: its header rows' distinct texts joined. */
    public String header(int c) {
        Set<String> parts = new LinkedHashSet<>();
        for (int r = 0; r < headerRows && r < table.rowCount(); r++) {
            String t = table.text(r, c).strip();
            if (!t.isEmpty()) parts.add(t);
        }
        return String.join(" ", parts).replace('\n', ' ');
    }

    /** The number shown in a cell (null for text, empty cells and merged continuations). */
    public DisplayedNumber number(int r, int c) {
        return numbers[r][c];
    }

    /** True when the cell shows nothing countable: empty, a dash, 无, /, or the lower part of a merged cell. */
    public boolean blank(int r, int c) {
        if (continuation(r, c)) return true;
        String t = table.text(r, c).strip();
        return t.isEmpty() || CellWords.nothing(t);
    }

    /** The interval a cell stands for in its column, or null when it is not a number. */
    public Interval interval(int r, int c) {
        DisplayedNumber n = numbers[r][c];
        if (n == null) return null;
        return Interval.of(n, precision[c], exactColumn[c]);
    }

    /** The most decimals shown in a column's body. */
    public int precision(int c) {
        return precision[c];
    }

    /** Rate columns (率, 占比, 比例… or mostly percentages): checked as quotients, never summed. */
    public boolean rateColumn(int c) {
        return rateColumn[c];
    }

    /** Counts and scores: exact numbers. */
    public boolean exactColumn(int c) {
        return exactColumn[c];
    }

    /** Columns to leave alone: 序号, 代码, years. */
    public boolean skipColumn(int c) {
        return skipColumn[c];
    }

    /** Columns whose numbers add up: not rates, not codes, with at least one number. */
    public boolean summable(int c) {
        if (rateColumn[c] || skipColumn[c]) return false;
        for (int r = headerRows; r < table.rowCount(); r++) if (numbers[r][c] != null) return true;
        return false;
    }

    /** The row's label: its first non-numeric, non-empty cell. */
    public String rowLabel(int r) {
        for (int c = 0; c < columns; c++) {
            if (numbers[r][c] != null) continue;
            String t = table.text(r, c).strip();
            if (!t.isEmpty()) return t.replace('\n', ' ');
        }
        return "";
    }

    /** Every distinct label-like text of the row (cells that are not numbers). */
    public List<String> rowTexts(int r) {
        Set<String> out = new LinkedHashSet<>();
        for (int c = 0; c < columns; c++) {
            if (numbers[r][c] != null) continue;
            String t = table.text(r, c).strip();
            if (!t.isEmpty()) out.add(t);
        }
        return new ArrayList<>(out);
    }

    private Boolean[] totalCache;

    /** True for 合计/总计/小计/支出合计 rows. */
    public boolean totalRow(int r) {
        if (totalCache == null) totalCache = new Boolean[table.rowCount()];
        if (totalCache[r] == null) totalCache[r] = computeTotalRow(r);
        return totalCache[r];
    }

    private boolean computeTotalRow(int r) {
        for (String t : rowTexts(r)) {
            if (CellWords.total(Spaces.without(t))) return true;
        }
        return false;
    }

    /** True for 小计 rows. */
    public boolean subtotalRow(int r) {
        if (!totalRow(r)) return false;
        for (String t : rowTexts(r)) if (CellWords.subtotal(t)) return true;
        return false;
    }

    /** True when the row shows no number in any summable column (a group heading). */
    public boolean groupRow(int r) {
        for (int c = 0; c < columns; c++) if (numbers[r][c] != null && summable(c)) return false;
        return true;
    }

    /** The outline rank of the row label's number (1．=4, （1）=5…), 0 when unnumbered. */
    public int rank(int r) {
        String label = rowLabel(r);
        Optional<ChineseNumbering.Match> m = ChineseNumbering.match(label);
        return m.map(x -> x.kind().rank()).orElse(0);
    }

    /** True when the label starts with 其中 (a part of the row above it). */
    public boolean whereOfRow(int r) {
        return Spaces.without(rowLabel(r)).startsWith("其中");
    }

    /** Where a cell stands, for findings. */
    public Location location(int r, int c) {
        return typed.location(r, c, rowLabel(r), header(c));
    }

    /** A cell as evidence: "表3 合计 / 净值（万元）: 250.11". */
    public Evidence evidence(int r, int c) {
        return new Evidence(table.text(r, c).strip(), location(r, c));
    }

    /** A short human name of a cell for messages: 表7「合计」行「净值」列. */
    public String cellName(int r, int c) {
        return table.id() + "「" + rowLabel(r) + "」行「" + header(c) + "」列";
    }
}
