package io.hecha.interpret.relation;

import io.hecha.interpret.Interval;
import io.hecha.interpret.Verdict;
import io.hecha.extract.mapping.Formula;
import io.hecha.extract.mapping.Formula.Bin;
import io.hecha.extract.mapping.Formula.Expr;
import io.hecha.extract.mapping.Formula.Num;
import io.hecha.extract.mapping.Formula.Ref;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.model.Diagnostic.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the vocabulary's relations wherever their facts are stated. Each fact whose concept is
 * a formula's left side is a claim; each operand is bound to the nearest fact of that concept (or a
 * narrower one) on the same subject and period — a change's other facts first, then the claim's
 * sentence, its paragraph, its section, the table rows on the same subject (or the claim's own row
 * for a cell) — and the claim is compared with the interval computed from them (XBRL Calculations
 * 1.1 via {@link Verdict}). A claim whose operands are not all stated is not checked.
 */
public final class RelationEngine {
    /** Role names a formula may use besides concepts. */
    public static final String THIS = "本期", ITEM = "本项", BASE = "基期", TOTAL = "总额";
    /** The rule of the same fact stated twice (built in: it needs no formula). */
    public static final String SAME_FACT = SameFacts.RULE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Vocabulary vocabulary;
    private final Map<String, List<Formula>> formulas = new LinkedHashMap<>();

    public RelationEngine(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (Map.Entry<String, List<String>> e : vocabulary.relations().entrySet()) {
            List<Formula> fs = new ArrayList<>();
            for (String f : e.getValue()) fs.add(Formula.parse(f));
            formulas.put(e.getKey(), List.copyOf(fs));
        }
    }

    /** Evaluates every relation over the facts; facts must be numbered 0..n-1 in reading order. */
    public List<CheckedRelation> evaluate(List<Stated> facts) {
        FactIndex index = new FactIndex(facts);
        Binder binder = new Binder(index, vocabulary);
        List<CheckedRelation> out = new ArrayList<>();
        for (Map.Entry<String, List<Formula>> e : formulas.entrySet()) {
            for (Formula f : e.getValue()) {
                for (Stated claim : FactIndex.of(index.byConcept, f.claim())) {
                    CheckedRelation r = evaluate(e.getKey(), f, claim, binder, index);
                    if (r != null) out.add(r);
                }
            }
        }
        out.addAll(SameFacts.check(index));
        return out;
    }

    private static final int MAX_COMBINATIONS = 27;

    private CheckedRelation evaluate(String rule, Formula f, Stated claim, Binder binder, FactIndex index) {
        Map<String, List<Stated>> parts = new LinkedHashMap<>();
        for (String s : f.sums()) {
            List<Stated> p = binder.parts(s, claim);
            if (p.isEmpty()) return null;
            parts.put(s, p);
        }
        List<String> names = new ArrayList<>(f.operands());
        List<List<Binder.Bound>> options = new ArrayList<>();
        List<Stated> used = new ArrayList<>();
        for (String n : names) {
            List<Binder.Bound> b = binder.bind(n, claim, used);
            if (b.isEmpty()) return null;
            options.add(b);
            used.add(b.get(0).fact());
        }
        CheckedRelation first = null;
        int[] pick = new int[names.size()];
        for (int tried = 0; tried < MAX_COMBINATIONS; tried++) {
            CheckedRelation r = evaluate(rule, f, claim, names, options, pick, parts);
            if (r != null && r.holds()) return r;
            if (first == null) first = r;
            if (!next(pick, options)) break;
        }
        return first;
    }

    /** The next combination of readings (odometer order); false after the last. */
    private static boolean next(int[] pick, List<List<Binder.Bound>> options) {
        for (int i = pick.length - 1; i >= 0; i--) {
            if (++pick[i] < options.get(i).size()) return true;
            pick[i] = 0;
        }
        return false;
    }

    private CheckedRelation evaluate(String rule, Formula f, Stated claim, List<String> names,
                                     List<List<Binder.Bound>> options, int[] pick, Map<String, List<Stated>> parts) {
        Map<String, Stated> bound = new LinkedHashMap<>();
        String widest = "sentence";
        for (int i = 0; i < names.size(); i++) {
            Binder.Bound b = options.get(i).get(pick[i]);
            if (bound.containsValue(b.fact())) return null;
            bound.put(names.get(i), b.fact());
            widest = Binder.wider(widest, b.scope());
        }
        if (!f.within().isEmpty() && !Binder.within(widest, f.within())) return null;
        Interval computed = eval(f.expr(), bound, parts);
        if (computed == null) return null;
        List<Stated> operands = new ArrayList<>(bound.values());
        List<String> operandNames = new ArrayList<>(names);
        for (Map.Entry<String, List<Stated>> e : parts.entrySet()) {
            for (Stated p : e.getValue()) {
                operands.add(p);
                operandNames.add(e.getKey());
            }
            if (!parts.isEmpty()) widest = Binder.wider(widest, "row");
        }
        BigDecimal k = factor(claim.unit());
        computed = computed.scale(BigDecimal.ONE.divide(k));
        Interval claimed = claim.exact() && f.multiplicative()
                ? Interval.rounded(claim.value(), claim.decimals()) : claim.interval();
        Severity verdict;
        if (f.op().equals("<=")) {
            verdict = claimed.lo().compareTo(computed.hi()) > 0 ? Severity.ERROR : null;
        } else {
            verdict = Verdict.of(computed, claimed, claim.value(), claim.decimals());
        }
        return new CheckedRelation(rule, f.text(), claim, operands, operandNames, computed, verdict, widest);
    }

    private static Interval eval(Expr e, Map<String, Stated> bound, Map<String, List<Stated>> parts) {
        if (e instanceof Num n) return Interval.exact(n.value());
        if (e instanceof Formula.Sum s) {
            Interval sum = Interval.exact(BigDecimal.ZERO);
            for (Stated p : parts.get(s.name())) sum = sum.add(p.interval().scale(factor(p.unit())));
            return sum;
        }
        if (e instanceof Ref r) {
            Stated s = bound.get(r.name());
            return s.interval().scale(factor(s.unit()));
        }
        if (e instanceof Formula.Call c) {
            Interval a = eval(c.left(), bound, parts), b = eval(c.right(), bound, parts);
            if (a == null || b == null) return null;
            boolean min = c.name().equals("min");
            return new Interval(min ? a.lo().min(b.lo()) : a.lo().max(b.lo()), min ? a.hi().min(b.hi()) : a.hi().max(b.hi()),
                    min ? a.nominal().min(b.nominal()) : a.nominal().max(b.nominal()));
        }
        Bin b = (Bin) e;
        Interval l = eval(b.left(), bound, parts), r = eval(b.right(), bound, parts);
        if (l == null || r == null) return null;
        return switch (b.op()) {
            case '+' -> l.add(r);
            case '-' -> l.subtract(r);
            case '*' -> l.multiply(r);
            default -> l.divide(r);
        };
    }

    /** The factor that turns a value in {@code unit} into the base unit (元; a fraction for %). */
    static BigDecimal factor(String unit) {
        return switch (unit) {
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            case "万元" -> BigDecimal.valueOf(10_000);
            case "%", "百分点" -> BigDecimal.ONE.divide(HUNDRED);
            default -> BigDecimal.ONE;
        };
    }
}
