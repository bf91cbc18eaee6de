package io.hecha.interpret;

import io.hecha.text.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 差额 / 增减 rows and columns equal one period minus the other: the row (column) just before minus the
 * one before it, or the reverse when the block uses the reverse sign on most of its cells.
 */
final class Differences {
    static final String RULE = "table.difference";
    private static final Pattern DIFF = Pattern.compile(
            "^(差额|差异|增减|增减额|增减变动|变动|变动额|增加额|减少额|增（减）|增\\(减\\))(（[^）]*）)?$");

    private Differences() {
    }

    static boolean diffLabel(String s) {
        return DIFF.matcher(Spaces.without(s)).find();
    }

    static void add(Draft d, List<Spec> asserted, List<Spec> unsupported) {
        List<Column> cols = d.summable();
        for (int r = d.body; r < d.end; r++) {
            if (!diffLabel(d.labels[d.index(r)])) continue;
            int later = -1, earlier = -1;
            for (int p = r - 1; p >= d.body; p--) {
                if (!(d.data(p) || d.total(p)) || diffLabel(d.labels[d.index(p)])) continue;
                if (later < 0) later = p;
                else {
                    earlier = p;
                    break;
                }
            }
            if (earlier < 0) continue;
            List<int[]> cells = new ArrayList<>();
            for (Column c : cols) cells.add(new int[]{r, c.index(), later, c.index(), earlier, c.index()});
            emit(d, cells, "差额行", asserted, unsupported);
        }
        for (int k = 0; k < cols.size(); k++) {
            Column c = cols.get(k);
            if (!diffLabel(c.header())) continue;
            int later = -1, earlier = -1;
            for (int p = k - 1; p >= 0; p--) {
                if (diffLabel(cols.get(p).header())) continue;
                if (later < 0) later = cols.get(p).index();
                else {
                    earlier = cols.get(p).index();
                    break;
                }
            }
            if (earlier < 0) continue;
            List<int[]> cells = new ArrayList<>();
            for (int r = d.body; r < d.end; r++) cells.add(new int[]{r, c.index(), r, later, r, earlier});
            emit(d, cells, "差额列", asserted, unsupported);
        }
    }

    /** Each entry: the difference cell, the later cell, the earlier cell (row, column pairs). */
    private static void emit(Draft d, List<int[]> cells, String kind, List<Spec> asserted, List<Spec> unsupported) {
        int forward = 0, backward = 0;
        List<int[]> usable = new ArrayList<>();
        for (int[] e : cells) {
            Interval x = d.interval(e[0], e[1]), a = d.interval(e[2], e[3]), b = d.interval(e[4], e[5]);
            if (x == null || a == null || b == null) continue;
            usable.add(e);
            if (a.subtract(b).overlaps(x)) forward++;
            if (b.subtract(a).overlaps(x)) backward++;
        }
        boolean fwd = forward >= backward;
        boolean supported = Math.max(forward, backward) >= 1;
        for (int[] e : usable) {
            Interval x = d.interval(e[0], e[1]), a = d.interval(e[2], e[3]), b = d.interval(e[4], e[5]);
            boolean useFwd = a.subtract(b).overlaps(x) || !(b.subtract(a).overlaps(x)) && fwd;
            int[] rows = useFwd ? new int[]{e[2], e[4]} : new int[]{e[4], e[2]};
            int[] cs = useFwd ? new int[]{e[3], e[5]} : new int[]{e[5], e[3]};
            Spec s = new Spec(RULE, Relation.Kind.DIFFERENCE, e[0], e[1], rows, cs, kind + " = 后一期 − 前一期");
            (supported ? asserted : unsupported).add(s);
        }
    }
}
