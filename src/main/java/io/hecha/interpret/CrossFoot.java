package io.hecha.interpret;

import io.hecha.text.Spaces;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sums along the rows of a block: a total column equals its part columns. The parts come from the
 * header tree (a column headed 合计 / 小计 under a header group equals its sibling groups, matched by
 * the headers below it: 合计/预算数 = 因公出国/预算数 + 公务用车/小计/预算数 + 公务接待/预算数), or, where
 * the headers name no total, from a run of neighbouring columns that header words mark as parts
 * (年初预算 = 基本支出 + 项目支出). A candidate is kept only when it holds on most rows.
 */
final class CrossFoot {
    static final String RULE = "table.row-total";
    private static final Pattern TOTAL_WORD = Pattern.compile("(合计|总计|小计|合\\s*计)$|^总额$|^总数$");
    private static final Pattern TOTAL_HEADER = Pattern.compile("合计|总计|小计|总额|总数|合\\s*计");

    private CrossFoot() {
    }

    private record Candidate(int total, List<Integer> parts, String basis, boolean named, int fits, int fails) {
    }

    static void add(Draft d, List<Spec> asserted, List<Spec> unsupported) {
        List<Column> cols = d.summableRoles();
        if (cols.size() < 3) return;
        Map<Integer, List<Candidate>> byTotal = new LinkedHashMap<>();
        for (Candidate c : fromHeaders(d, cols)) byTotal.computeIfAbsent(c.total(), k -> new ArrayList<>()).add(c);
        for (Column t : cols) {
            if (byTotal.containsKey(t.index()) || Differences.diffLabel(t.header())) continue;
            List<Candidate> runs = fromRuns(d, cols, t);
            if (!runs.isEmpty()) byTotal.put(t.index(), runs);
        }
        for (List<Candidate> cands : byTotal.values()) {
            Candidate best = null;
            for (Candidate c : cands) if (best == null || c.fits() > best.fits()) best = c;
            boolean supported = best.named() ? best.fits() >= 1 && best.fails() * 2 <= best.fits()
                    : best.fits() >= 2 && best.fails() * 3 <= best.fits();
            for (int r = d.body; r < d.end; r++) {
                Boolean f = fits(d, r, best.total(), best.parts());
                if (f == null) continue;
                Candidate use = best;
                if (!f) {
                    for (Candidate c : cands) if (Boolean.TRUE.equals(fits(d, r, c.total(), c.parts()))) use = c;
                }
                Spec s = Spec.row(RULE, Relation.Kind.SUM, r, use.total(), withNumbers(d, r, use.parts()), use.basis());
                (supported ? asserted : unsupported).add(s);
            }
        }
    }

    private static List<Integer> withNumbers(Draft d, int r, List<Integer> cols) {
        List<Integer> out = new ArrayList<>();
        for (int c : cols) if (d.g.number(r, c) != null) out.add(c);
        return out;
    }

    /** TRUE when the row's parts add up to its total, FALSE when not, null when there is nothing to compare. */
    static Boolean fits(Draft d, int r, int total, List<Integer> parts) {
        if (!(d.data(r) || d.total(r))) return null;
        Interval claimed = d.interval(r, total);
        if (claimed == null) return null;
        Interval s = Interval.exact(BigDecimal.ZERO);
        int numbers = 0;
        boolean hole = false;
        for (int p : parts) {
            Interval i = d.interval(r, p);
            if (i != null) {
                s = s.add(i);
                numbers++;
            } else if (!d.g.blank(r, p)) {
                return null;
            } else if (d.hole(r, p)) {
                hole = true;
            }
        }
        if (numbers == 0 || (hole && !s.overlaps(claimed))) return null;   // broken only by reading an empty cell as zero: unknown
        return s.overlaps(claimed);
    }

    private static Candidate scored(Draft d, int total, List<Integer> parts, String basis, boolean named) {
        int fits = 0, fails = 0;
        for (int r = d.body; r < d.end; r++) {
            Boolean f = fits(d, r, total, parts);
            if (f == null) continue;
            if (f) fits++;
            else fails++;
        }
        return new Candidate(total, List.copyOf(parts), basis, named, fits, fails);
    }

    /** Each column's header path, top to bottom, with repeated texts (merged downwards) collapsed. */
    private static List<String> path(Draft d, int c) {
        List<String> out = new ArrayList<>();
        for (int r : d.headerRows()) {
            String t = Spaces.without(d.g.text(r, c));
            if (t.isEmpty() || (!out.isEmpty() && out.get(out.size() - 1).equals(t))) continue;
            out.add(t);
        }
        return out;
    }

    private static List<Candidate> fromHeaders(Draft d, List<Column> cols) {
        Map<Integer, List<String>> paths = new LinkedHashMap<>();
        for (Column c : cols) paths.put(c.index(), path(d, c.index()));
        List<Candidate> out = new ArrayList<>();
        for (Column t : cols) {
            List<String> pt = paths.get(t.index());
            for (int i = 0; i < pt.size(); i++) {
                if (!TOTAL_WORD.matcher(pt.get(i)).find()) continue;
                List<String> prefix = pt.subList(0, i), suffix = pt.subList(i + 1, pt.size());
                Map<String, List<Integer>> siblings = new LinkedHashMap<>();
                for (Column c : cols) {
                    List<String> pc = paths.get(c.index());
                    if (c.index() == t.index() || pc.size() <= i || !pc.subList(0, i).equals(prefix)) continue;
                    if (TOTAL_WORD.matcher(pc.get(i)).find()) continue;
                    siblings.computeIfAbsent(pc.get(i), k -> new ArrayList<>()).add(c.index());
                }
                List<Integer> parts = new ArrayList<>();
                for (Map.Entry<String, List<Integer>> e : siblings.entrySet()) {
                    Integer col = pick(paths, e.getValue(), prefix, e.getKey(), suffix);
                    if (col == null) {
                        parts = null;
                        break;
                    }
                    parts.add(col);
                }
                if (parts != null && parts.size() >= 2) {
                    out.add(scored(d, t.index(), parts, "「" + t.header() + "」列 = 同组各列之和（按表头）", true));
                }
                break;
            }
        }
        return out;
    }

    /** The sibling group's column with the same headers below: directly, or through its own 小计. */
    private static Integer pick(Map<Integer, List<String>> paths, List<Integer> group, List<String> prefix, String name,
                                List<String> suffix) {
        Integer direct = null, viaTotal = null;
        int directs = 0;
        for (int c : group) {
            List<String> p = paths.get(c);
            List<String> rest = p.subList(prefix.size() + 1, p.size());
            if (rest.equals(suffix)) {
                direct = c;
                directs++;
            } else if (!rest.isEmpty() && TOTAL_WORD.matcher(rest.get(0)).find() && rest.subList(1, rest.size()).equals(suffix)) {
                viaTotal = c;
            }
        }
        if (directs == 1) return direct;
        return directs == 0 ? viaTotal : null;
    }

    /** Runs of neighbouring summable columns that header words mark as the total's parts. */
    private static List<Candidate> fromRuns(Draft d, List<Column> cols, Column t) {
        List<Candidate> out = new ArrayList<>();
        int at = cols.indexOf(t);
        for (int dir : new int[]{1, -1}) {
            List<Integer> run = new ArrayList<>();
            for (int k = at + dir; k >= 0 && k < cols.size(); k += dir) {
                Column c = cols.get(k);
                if (Differences.diffLabel(c.header()) || Math.abs(c.index() - cols.get(k - dir).index()) != 1) break;
                run.add(dir > 0 ? run.size() : 0, c.index());
                if (run.size() >= 2 && clue(d, t, run)) {
                    out.add(scored(d, t.index(), run, "「" + t.header() + "」列 = 相邻分项列之和", false));
                }
            }
        }
        return out;
    }

    private static boolean clue(Draft d, Column t, List<Integer> parts) {
        if (TOTAL_HEADER.matcher(t.header()).find()) return true;
        StringBuilder h = new StringBuilder();
        for (int p : parts) h.append(d.column(p).header()).append('|');
        String s = h.toString();
        return d.column(parts.get(0)).header().startsWith("其中") || s.contains("基本") && s.contains("项目")
                || s.contains("人员") && s.contains("公用");
    }
}
