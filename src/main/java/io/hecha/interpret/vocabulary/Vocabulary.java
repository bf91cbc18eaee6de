package io.hecha.interpret.vocabulary;

import io.hecha.extract.mapping.Mapping;
import io.hecha.extract.mapping.Mapping.ConceptSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one vocabulary of a run: the concepts (each with the words that name it, its broader concept
 * and its fixed unit), the printed units, the words that say a number is not a quantity, and the
 * relations between concepts — the built-in defaults ({@code mappings/_default.yaml}) extended by the
 * matched mapping. Text facts, table headers and the checks all read the document through it, so a
 * word added to a mapping changes what every stage finds. Immutable and thread-safe.
 */
public final class Vocabulary {
    /** Printed units known without any mapping (longest match wins). */
    private static final Map<String, String> BASE_UNITS = baseUnits();
    /** What may follow a concept's word at the end of a label ("预算为", "完成预算的", "决算数合计"). */
    private static final java.util.regex.Pattern TAIL = java.util.regex.Pattern.compile(
            "^(?:为|是|达到|达|了|约|共计|共|合计|总计|总额|分别为|分别|的|数|金额|仅为|仅|已|：|:|=|＝|\\s)*$");
    /** Every character {@link #TAIL} can consume: a label's tail of linking words is made of these only. */
    private static final String TAIL_CHARS = "为是达到了约共计合总额分别的数金仅已：:=＝ \t\n\u000B\f\r";
    /** What a header's label drops: bracketed notes ("（万元）") and white space. */
    private static final java.util.regex.Pattern HEADER_NOTES = java.util.regex.Pattern.compile("[\\s（(][^）)]*[)）]|\\s");
    private static final List<String> BASE_NOT_QUANTITIES = List.of("年", "月", "日", "号", "届", "季度", "部分", "级", "批", "周", "岁");

    private final Map<String, Concept> concepts;
    private final Map<String, Set<String>> narrower;
    private final Map<String, String> units;
    private final List<String> notQuantities;
    private final Map<String, List<String>> relations;
    private final String source;
    private final Mapping.RequiredSpec required;
    private final String type;
    /** Every word of every concept with the concepts it names, longest words first. */
    private final List<Word> words;
    /** The words by their text (each list in {@link #words} order), and the longest word's length. */
    private final Map<String, List<Word>> byText;
    private final int longestWord;

    /** A concept: its name, words, broader concept ("" none) and fixed unit ("" any amount). */
    public record Concept(String name, List<String> words, String broader, String unit) {
    }

    /** A concept named in a text: which, and where its word stands in that text. */
    public record Named(Concept concept, String word, int start, int end) {
    }

    private record Word(String text, Concept concept) {
    }

    private Vocabulary(Map<String, Concept> concepts, Map<String, String> units, List<String> notQuantities,
                       Map<String, List<String>> relations, String source, Mapping.RequiredSpec required, String type) {
        this.required = required;
        this.type = type;
        this.concepts = Collections.unmodifiableMap(concepts);
        this.units = Collections.unmodifiableMap(units);
        this.notQuantities = List.copyOf(notQuantities);
        this.relations = Collections.unmodifiableMap(relations);
        this.source = source;
        Map<String, Set<String>> down = new LinkedHashMap<>();
        for (Concept c : concepts.values()) {
            Set<String> seen = new HashSet<>();
            for (String b = c.name(); b != null && !b.isEmpty() && seen.add(b); b = broaderOf(concepts, b)) {
                down.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(c.name());
            }
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        down.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        this.narrower = Collections.unmodifiableMap(frozen);
        List<Word> w = new ArrayList<>();
        for (Concept c : concepts.values()) for (String s : c.words()) w.add(new Word(s, c));
        w.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
        this.words = List.copyOf(w);
        Map<String, List<Word>> texts = new HashMap<>();
        for (Word x : this.words) texts.computeIfAbsent(x.text(), k -> new ArrayList<>()).add(x);
        this.byText = texts;
        this.longestWord = this.words.isEmpty() ? 0 : this.words.get(0).text().length();
    }

    private static String broaderOf(Map<String, Concept> concepts, String name) {
        Concept c = concepts.get(name);
        return c == null ? null : c.broader();
    }

    /**
     * The vocabulary of the defaults extended by a type mapping: a concept's words are the union
     * (the mapping's first), its broader concept and unit the mapping's when it states them; units,
     * not-quantity words and relations are united too.
     *
     * @param defaults the built-in defaults (may be null)
     * @param type     the matched mapping, or null when no mapping recognised the document
     */
    public static Vocabulary of(Mapping defaults, Mapping type) {
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>(BASE_UNITS);
        Set<String> notQ = new LinkedHashSet<>(BASE_NOT_QUANTITIES);
        Map<String, List<String>> relations = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (Mapping m : new Mapping[]{type, defaults}) {
            if (m == null) continue;
            sources.add(m.type());
            for (Map.Entry<String, ConceptSpec> e : m.concepts().entrySet()) {
                ConceptSpec s = e.getValue();
                Concept old = concepts.get(e.getKey());
                if (old == null) {
                    concepts.put(e.getKey(), new Concept(e.getKey(), List.copyOf(s.words()), s.broader(), s.unit()));
                } else {
                    Set<String> w = new LinkedHashSet<>(old.words());
                    w.addAll(s.words());
                    concepts.put(e.getKey(), new Concept(old.name(), List.copyOf(w),
                            old.broader().isEmpty() ? s.broader() : old.broader(), old.unit().isEmpty() ? s.unit() : old.unit()));
                }
            }
            m.facts().units().forEach(units::putIfAbsent);
            notQ.addAll(m.facts().notQuantities());
            for (Map.Entry<String, List<String>> e : m.relations().entrySet()) {
                List<String> r = relations.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                for (String f : e.getValue()) if (!r.contains(f)) r.add(f);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        relations.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Vocabulary(concepts, units, new ArrayList<>(notQ), frozen, String.join(" + ", sources),
                type == null ? new Mapping.RequiredSpec(null, null) : type.required(), type == null ? "" : type.type());
    }

    /** Which mappings the vocabulary comes from, e.g. {@code 项目支出绩效评价 + 默认}. */
    public String source() {
        return source;
    }

    /** The tables and sections the matched mapping's type requires (none without a mapping). */
    public Mapping.RequiredSpec required() {
        return required;
    }

    /** The matched mapping's report type, "" when no mapping matched. */
    public String type() {
        return type;
    }

    /** Every concept by name. */
    public Map<String, Concept> concepts() {
        return concepts;
    }

    /** Rule id → the relation formulas of that rule. */
    public Map<String, List<String>> relations() {
        return relations;
    }

    /** Printed unit → normalised unit. */
    public Map<String, String> units() {
        return units;
    }

    /** Words that, right after a number with no unit, say it is not a quantity (年, 月, 日…). */
    public List<String> notQuantities() {
        return notQuantities;
    }

    /** The concept and every concept that is (transitively) a kind of it; empty for an unknown name. */
    public Set<String> withNarrower(String concept) {
        return narrower.getOrDefault(concept, Set.of());
    }

    /** True when {@code concept} is {@code broader} or a kind of it. */
    public boolean isA(String concept, String broader) {
        return withNarrower(broader).contains(concept);
    }

    /** True for a concept the vocabulary knows. */
    public boolean knows(String concept) {
        return concepts.containsKey(concept);
    }

    /**
     * The concept a label names for a number with the given unit: of the concepts whose unit fits (a
     * percentage takes only %-concepts, a score only 分-concepts, other numbers only concepts without
     * a fixed unit), the word ending last in the label wins, the longest on a tie; only linking words
     * (为, 是, 的, 共计…) may follow it ("一般公共预算财政拨款收入" names no 预算数).
     *
     * @param label the words before the number
     * @param unit  the number's normalised unit ("%", "分", "万元", "" …)
     */
    public Optional<Named> conceptAtEnd(String label, String unit) {
        String kind = unitKind(unit);
        // Only where the label's last characters are all linking characters may a word end: from the
        // last end on, the first word (longest first) ending there whose last occurrence it is wins.
        int low = label.length();
        while (low > 0 && TAIL_CHARS.indexOf(label.charAt(low - 1)) >= 0) low--;
        for (int end = label.length(); end >= low; end--) {
            if (end < label.length() && !TAIL.matcher(label.substring(end)).matches()) continue;
            for (int len = Math.min(longestWord, end); len >= 0; len--) {
                List<Word> named = byText.get(label.substring(end - len, end));
                if (named == null) continue;
                for (Word w : named) {
                    if (!unitKind(w.concept().unit()).equals(kind)) continue;
                    if (label.lastIndexOf(w.text()) != end - len) continue;   // a later occurrence is not followed by linking words
                    return Optional.of(new Named(w.concept(), w.text(), end - len, end));
                }
            }
        }
        return Optional.empty();
    }

    /** The concept a table header names (same rule as {@link #conceptAtEnd}, header text as the label). */
    public Optional<Named> conceptOfHeader(String header, String unit) {
        return conceptAtEnd(HEADER_NOTES.matcher(header).replaceAll(""), unit);
    }

    /** "%" for percentages, "分" for scores, "text" for words (header concepts), "" for any other amount. */
    static String unitKind(String unit) {
        if (unit == null) return "";
        if (unit.equals("%") || unit.equals("分") || unit.equals(TEXT)) return unit;
        return "";
    }

    /** The unit of concepts that name text columns and labels, never a number. */
    public static final String TEXT = "text";

    private static Map<String, String> baseUnits() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] u : new String[][]{{"亿元", "亿元"}, {"万元", "万元"}, {"元", "元"}, {"个百分点", "百分点"},
                {"百分点", "百分点"}, {"分", "分"}, {"家次", "家次"}, {"家", "家"}, {"个", "个"}, {"名", "人"},
                {"人次", "人次"}, {"人", "人"}, {"项", "项"}, {"场次", "场次"}, {"次", "次"}, {"户", "户"}, {"辆", "辆"},
                {"台（套）", "台套"}, {"台套", "台套"}, {"台", "台"}, {"件", "件"}, {"篇", "篇"}, {"期", "期"}, {"批次", "批次"}}) {
            m.put(u[0], u[1]);
        }
        return m;
    }
}
