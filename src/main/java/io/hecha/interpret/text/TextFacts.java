package io.hecha.interpret.text;

import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.text.TextFact.BaseRef;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.interpret.vocabulary.Vocabulary.Named;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the running text of a document once: its sentences, and every number they state as a
 * {@link TextFact} named by the vocabulary. A number whose label names no concept keeps concept ""
 * (it still counts for the same-fact rule by its label). A change (增加 X万元, 增长 Y%) or a share
 * (占 Z%) is tied to the amount it is stated about and to what it is compared with.
 */
public final class TextFacts {
    private static final Pattern END_STOP = Pattern.compile("[。；;]$");
    private static final Pattern EQUALS_SIGN = Pattern.compile("[=＝]");
    /** The roles a change or share plays; their concepts are the built-in names of the vocabulary. */
    public static final String CHANGE = "变动额", CHANGE_RATE = "变动率", SHARE = "占比";
    private static final Set<String> QUALIFIERS = Set.of(CHANGE, CHANGE_RATE, SHARE);
    private static final String STOPS = "，,；;：:、（(）)“”\"《》！？\n";
    /** Where a clause's subject starts: brackets and quotation marks do not end it ("一般公共服务（类）支出"). */
    private static final String HARD_STOPS = "，,；;：:、！？\n";
    /** A calculation written out before its result: "得分=92.50%×10=" (the left side names what the result is). */
    private static final Pattern CALCULATION = Pattern.compile("([^，,；;。：:=＝]+)[=＝][^，,；;。=＝]+[=＝]\\s*$");
    private static final Pattern TOC_LINE = Pattern.compile("(?:[.…·．]{4,}|\\t)\\s*\\d+\\s*$");
    private static final Pattern COMPARE = Pattern.compile(
            "(?:比|较|与|同)\\s*([^，,；;。]*?)\\s*(?:相比|同期相比|同期|持平|(?:增加|减少|增长|下降|降低|上升|下调|节约|减|增)|$)");
    private static final Pattern DECREASE = Pattern.compile("减少|下降|降低|下调|节约|减|降");
    private static final Pattern SHARE_BASE = Pattern.compile("占(?:比|比例|比重)?\\s*([^，,；;。]*?)的?(?:比重|比例)?\\s*(?:为|达)?\\s*$");
    private static final Pattern TOTAL_AFTER = Pattern.compile("^[，,：:\\s]*其中");
    private static final Pattern TOPIC_NUMBER = Pattern.compile("^\\s*(?:[0-9０-９]+[.．、]|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)");

    private static final Pattern COUNT_UNIT = Pattern.compile("分|个|家|人|项|次|户|场次|家次|人次|辆|台|台套|件|篇|期|批次");
    private static final Pattern LIST_LINK = Pattern.compile("[和及与、\\s]");

    private TextFacts() {
    }

    /** The sentences of a document's body paragraphs (headings left out) and the facts they state. */
    public record Reading(List<TextSentence> sentences, List<TextFact> facts, String documentYear) {
        public Reading {
            sentences = List.copyOf(sentences);
            facts = List.copyOf(facts);
        }
    }

    /** The facts as the relation rules take them. */
    public static List<Stated> stated(Reading r) {
        List<Stated> out = new ArrayList<>(r.facts().size());
        for (TextFact f : r.facts()) {
            TextSentence s = f.sentence();
            boolean total = TOTAL_AFTER.matcher(s.text().substring(f.end())).find();
            Stated.Place place = new Stated.Place(s.index(), s.paragraph(), s.sectionPath(), -1, -1, -1, total);
            Stated.Base base = f.base() == null ? null : new Stated.Base(f.base().concept(), f.base().words(), f.base().period());
            String labelSubject = Subjects.of(f.label());
            out.add(new Stated(f.index(), f.concept(), f.subject(), f.period(), f.unit(), f.interval(), f.printed(), f.shown().printed(),
                    f.shown().decimals(), f.exact(), labelSubject.isEmpty() ? f.label() : labelSubject,
                    place, f.of(), base));
        }
        return out;
    }

    /** Reads a document. */
    public static Reading read(Document doc, Vocabulary vocabulary) {
        List<Paragraph> paragraphs = doc.paragraphs();
        Periods periods = Periods.of(paragraphs);
        NumberScanner scanner = new NumberScanner(vocabulary);
        List<TextSentence> sentences = new ArrayList<>();
        List<TextFact> facts = new ArrayList<>();
        String topic = "", topicSection = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            if (para.isHeading()) continue;
            String text = para.text();
            String section = para.provenance() == null ? "" : para.provenance().sectionPath();
            if (!section.equals(topicSection)) {
                topic = "";
                topicSection = section;
            }
            String bookmark = para.bookmarks().isEmpty() ? "" : para.bookmarks().get(0);
            Integer page = para.provenance() == null ? null : para.provenance().page();
            boolean paragraphHasNumbers = false;
            String paragraphTopic = topic;
            int carried = -1;
            if (TOC_LINE.matcher(text).find()) continue;
            for (int[] r : SentenceSplitter.ranges(text)) {
                TextSentence s = new TextSentence(sentences.size(), p, r[0], r[1], text.substring(r[0], r[1]), section, page, bookmark);
                sentences.add(s);
                List<Quantity> qs = scanner.scan(s.text());
                if (qs.isEmpty()) {
                    String t = topicOf(s.text());
                    if (t != null) paragraphTopic = t;
                    continue;
                }
                paragraphHasNumbers = true;
                carried = readSentence(s, qs, vocabulary, periods, paragraphTopic, carried, facts);
            }
            // a short paragraph naming only a subject ("2.一般公共服务（类）…（项）。") is the topic of the next
            topic = paragraphHasNumbers ? "" : paragraphTopic;
        }
        return new Reading(sentences, facts, periods.documentYear());
    }

    /** The subject a sentence without numbers announces ("1.一般公共服务（类）信访事务（款）行政运行（项）。"), or null. */
    private static String topicOf(String sentence) {
        String t = END_STOP.matcher(sentence).replaceAll("");
        if (t.length() > 60) return null;
        if (Subjects.isClassification(t) || TOPIC_NUMBER.matcher(t).find() && t.length() <= 30) {
            String s = Subjects.of(t);
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    /**
     * Reads the facts of one sentence; returns the index of its last fact that is not a change or
     * share (a next sentence "与2023年度相比，…增加X万元" is stated about it), or -1.
     *
     * @param carried the last such fact of the previous sentence of the paragraph, or -1
     */
    private static int readSentence(TextSentence s, List<Quantity> qs, Vocabulary vocabulary, Periods periods,
                                    String topic, int carried, List<TextFact> out) {
        String t = s.text();
        int first = out.size();
        int prevEnd = 0;
        int head = -1;                 // the last fact that is not a change or share
        String sentencePeriod = "";
        int listItems = 0;
        for (Quantity q : qs) {
            int listItem = 0;
            String between = t.substring(prevEnd, q.start());
            int cut = lastStop(between);
            String label = between.substring(cut + 1).strip();
            Optional<Named> named = vocabulary.conceptAtEnd(label, q.unit());
            String concept = named.map(n -> n.concept().name()).orElse("");
            String calculated = null;     // the subject of a calculation's result, null when it is none
            if (concept.isEmpty() && EQUALS_SIGN.matcher(label).matches()) {
                // "得分=92.50%×10=9.25分": the result of a calculation is what its left side names
                Matcher calc = CALCULATION.matcher(t.substring(0, q.start()));
                String left = calc.find() ? calc.group(1).strip() : "";
                Optional<Named> n = left.isEmpty() ? Optional.empty() : vocabulary.conceptAtEnd(left, q.unit());
                if (n.isPresent()) {
                    concept = n.get().concept().name();
                    calculated = Subjects.of(left.substring(0, n.get().start()));
                }
            }
            TextFact prev = out.size() > first ? out.get(out.size() - 1) : null;
            if (concept.isEmpty() && LIST_LINK.matcher(label).replaceAll("").isEmpty() && prev != null
                    && sameKind(prev.unit(), q.unit()) && cut >= 0
                    && "、和及与".indexOf(between.charAt(cut)) >= 0) {
                concept = prev.concept();     // "分值分别为15分、35分和30分": the list continues
                listItem = ++listItems;
            }
            if (concept.isEmpty() && q.percent() && label.startsWith("占")) concept = SHARE;   // "占政府采购支出总额的92.54%"
            boolean qualifier = QUALIFIERS.contains(concept);
            String before = named.map(n -> label.substring(0, n.start())).orElse(label);
            String period = periods.lastIn(qualifier ? "" : before);
            if (!qualifier) {
                String inSentence = periods.lastIn(stripComparisons(t.substring(0, q.start())));
                if (period.isEmpty()) period = inSentence.isEmpty() ? sentencePeriod : inSentence;
                if (!period.isEmpty()) sentencePeriod = period;
            }
            int hard = lastStop(between, HARD_STOPS);
            String clause = between.substring(hard + 1);
            String subject = Subjects.of(named.map(n -> clause.substring(0, Math.max(0, clause.length() - (label.length() - n.start())))).orElse(clause));
            if (calculated != null) subject = calculated;
            Matcher lead = COMPARE.matcher(between);
            if (qualifier && head < 0 && out.size() == first && carried >= 0 && lead.find() && lead.start() <= 1) {
                head = carried;     // "…总决算20727.53万元。与2023年度相比，…增加5551.7万元"
            }
            int depth = depth(t, q.start());
            int of = -1;
            BaseRef base = null;
            boolean negative = false;
            if (qualifier && head >= 0 && headFits(out.get(head), q, depth, t)) {
                TextFact h = out.get(head);
                String since = h.sentence() == s ? t.substring(h.end(), q.start()) : t.substring(0, q.start());
                Matcher cmp = COMPARE.matcher(since);
                boolean compared = cmp.find();
                boolean sibling = prev != null && prev.of() == head && !prev.concept().equals(SHARE);
                if (concept.equals(SHARE)) {
                    Matcher sb = SHARE_BASE.matcher(label);
                    String words = sb.find() ? Subjects.of(sb.group(1)) : "";
                    boolean direct = prev != null && (prev.index() == head || sibling)
                            && Subjects.of(label.replaceFirst("占.*$", "")).isEmpty();
                    if (direct) {
                        of = head;
                        base = new BaseRef(words.isEmpty() ? "" : vocabulary.conceptAtEnd(words, "").map(n -> n.concept().name()).orElse(""),
                                words, "");
                    }
                } else if (compared || sibling) {
                    of = head;
                    negative = DECREASE.matcher(label).find();
                    base = compared ? baseOf(cmp.group(1), h, vocabulary, periods) : prev.base();
                }
                if (of >= 0) {
                    subject = h.subject();
                    period = h.period();
                }
            }
            if (qualifier && of < 0 && !subject.isEmpty()) {
                // "2024年X为A元，2023年X为B元，X变动率为R%": the same subject stated for two periods
                int[] pair = periodPair(out, first, subject, q);
                if (pair != null) {
                    of = pair[0];
                    base = new BaseRef(out.get(pair[1]).concept(), "", out.get(pair[1]).period());
                    period = out.get(of).period();
                }
            }
            if (subject.isEmpty() && !qualifier && calculated == null) {
                subject = prev != null && !QUALIFIERS.contains(prev.concept()) ? prev.subject()
                        : head >= 0 ? out.get(head).subject() : topic;
            }
            if (listItem > 0) subject = subject + "#" + listItem;   // each item of a list is about its own thing
            else listItems = 0;
            boolean exact = q.chinese() || isCount(q.unit());
            TextFact f = new TextFact(out.size(), concept, subject, period, q.unit(), q.number(), exact, label, s,
                    q.start(), q.end(), of, base, negative);
            out.add(f);
            if (!qualifier && (depth == 0 || head < 0)) head = f.index();
            prevEnd = q.end();
        }
        return head;
    }

    /**
     * True when a change or share can be stated about the head: not from inside brackets when it stands
     * outside them, and of the same kind (a change in 万元 of an amount in 元, a rate of anything but a rate).
     */
    private static boolean headFits(TextFact head, Quantity q, int depth, String text) {
        if (depth == 0 && depth(text, head.start()) > 0) return false;
        if (head.unit().equals("%") || head.unit().equals("百分点")) return false;
        return q.percent() || sameKind(head.unit(), q.unit());
    }

    /**
     * In a sentence, the two facts on a subject (their labels ending with it) for two periods: the
     * later one and the earlier one, or null when there are not exactly two.
     */
    private static int[] periodPair(List<TextFact> out, int first, String subject, Quantity q) {
        int later = -1, earlier = -1;
        for (int i = first; i < out.size(); i++) {
            TextFact f = out.get(i);
            if (QUALIFIERS.contains(f.concept()) || f.period().isEmpty()) continue;
            if (f.subject().isEmpty() || !f.subject().contains(subject) && !subject.contains(f.subject())) continue;
            if (!q.percent() && !sameKind(f.unit(), q.unit())) continue;
            if (later < 0) later = i;
            else if (earlier < 0 && !out.get(later).period().equals(f.period())) earlier = i;
            else return null;
        }
        if (later < 0 || earlier < 0) return null;
        if (out.get(later).period().compareTo(out.get(earlier).period()) < 0) return new int[]{earlier, later};
        return new int[]{later, earlier};
    }

    /** How many brackets are open at an offset. */
    private static int depth(String s, int at) {
        int d = 0;
        for (int k = 0; k < at; k++) {
            char c = s.charAt(k);
            if (c == '（' || c == '(') d++;
            else if ((c == '）' || c == ')') && d > 0) d--;
        }
        return d;
    }

    /** What "比2023年度决算数" / "较上年" / "与年初预算相比" names as the base of a change. */
    private static BaseRef baseOf(String words, TextFact head, Vocabulary vocabulary, Periods periods) {
        String period = periods.lastIn(words);
        Optional<Named> n = vocabulary.conceptAtEnd(words, "");
        String concept = n.map(x -> x.concept().name()).orElse(head.concept());
        if (QUALIFIERS.contains(concept)) concept = head.concept();
        return new BaseRef(concept, Subjects.of(words), period);
    }

    /** The text without its comparison phrases ("比2023年度决算数"), whose years are not the sentence's period. */
    private static String stripComparisons(String text) {
        return COMPARE.matcher(text).replaceAll("");
    }

    private static boolean sameKind(String a, String b) {
        return a.equals(b) || a.endsWith("元") && b.endsWith("元");
    }

    private static boolean isCount(String unit) {
        return COUNT_UNIT.matcher(unit).matches();
    }

    private static int lastStop(String s) {
        return lastStop(s, STOPS);
    }

    private static int lastStop(String s, String stops) {
        for (int i = s.length() - 1; i >= 0; i--) if (stops.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
