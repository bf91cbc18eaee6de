package io.hecha.check.table;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Fact;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.Interval;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Diagnostic;
import io.hecha.model.Location;
import io.hecha.model.TableCell;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet cell whose displayed (cached) value is not what its own formula gives (the reader's
 * {@code xlsx.stale-formula} diagnostic): an error of that cell when the formula's result lies outside
 * the displayed value's rounding interval.
 */
public final class StaleFormulaCheck implements Check {
    public static final String RULE = "table.stale-formula";
    static final String DIAGNOSTIC = "xlsx.stale-formula";
    private static final Pattern RESULT = Pattern.compile("formula's result (-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*(\\(=.*\\))?");

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        List<Diagnostic> stale = in.document().diagnostics().stream().filter(d -> DIAGNOSTIC.equals(d.code())
                && d.where() != null && !d.where().cell().isEmpty()).toList();
        if (stale.isEmpty()) return List.of();
        Map<String, int[]> cells = new HashMap<>();
        Map<String, TypedTable> tables = new HashMap<>();
        for (TypedTable t : in.tables()) {
            for (TableCell c : t.table().cells()) {
                if (c.provenance() == null || c.provenance().cell().isEmpty()) continue;
                String key = t.table().sectionPath() + "!" + c.provenance().cell();
                cells.putIfAbsent(key, new int[]{c.row(), c.column()});
                tables.putIfAbsent(key, t);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Diagnostic d : stale) {
            String key = d.where().sectionPath() + "!" + d.where().cell();
            int[] rc = cells.get(key);
            Matcher m = RESULT.matcher(d.message());
            if (rc == null || !m.find()) continue;
            TypedTable t = tables.get(key);
            BigDecimal result = new BigDecimal(m.group(1));
            Fact shown = t.fact(rc[0], rc[1]);
            DisplayedNumber n = t.number(rc[0], rc[1]);
            if (n == null) continue;
            Interval displayed = shown != null ? shown.interval() : Interval.of(n);
            BigDecimal value = n.percent() ? result.movePointRight(2) : result;
            if (displayed.contains(value)) continue;
            Location loc = t.location(rc[0], rc[1]);
            String formula = m.group(2) == null ? "" : m.group(2).substring(1, m.group(2).length() - 1);
            out.add(new FindingBuilder(RULE).location(loc).evidence(new Finding.Evidence(t.text(rc[0], rc[1]).strip(), loc))
                    .value(n.printed()).value(value.toPlainString()).expected(Interval.exact(value)).actual(n.printed())
                    .message(Messages.name(shown, loc) + "显示 " + n.printed() + "，而其公式"
                            + (formula.isEmpty() ? "" : " " + formula + " ") + "的结果为 " + value.toPlainString()
                            + "：单元格保存的是过期的计算结果。")
                    .build());
        }
        return out;
    }
}
