package io.hecha.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Word-level matching of Chinese labels through HanLP's dictionary segmenter (portable data, no
 * model files). HanLP is configured once, lazily, on first use ({@link #loadMillis()} tells how long
 * that took); segmenters are created per call because they keep state while segmenting. Segmented
 * labels are cached. Matching by words lets {@code 年初预算数（万元）} answer to {@code 年初预算} while
 * {@code 得分率} does not answer to {@code 得分}.
 */
public final class Words {
    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\p{S}&&[^%％]]");
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Double>> MATCHES = new ConcurrentHashMap<>();
    private static final Map<String, String> CLEAN = new ConcurrentHashMap<>();
    private static volatile long loadMillis = -1;

    private Words() {
    }

    /** Lazily initialised HanLP: the first call loads the core dictionary, once. */
    private static final class Holder {
        static {
            long t0 = System.nanoTime();
            HanLP.Config.ShowTermNature = true;
            HanLP.newSegment().seg("初始化");
            loadMillis = (System.nanoTime() - t0) / 1_000_000;
        }

        static Segment segment(boolean organisations) {
            return HanLP.newSegment().enableOrganizationRecognize(organisations)
                    .enablePlaceRecognize(organisations).enableNumberQuantifierRecognize(false);
        }
    }

    /** Milliseconds HanLP took to load its dictionaries on first use, or -1 before first use. */
    public static long loadMillis() {
        return loadMillis;
    }

    /** The terms of a text with their parts of speech, organisation recognition on. */
    public static List<Term> terms(String text) {
        return Holder.segment(true).seg(text);
    }

    /**
     * The words of a label: bracketed parts ({@code （万元）}), white space and punctuation removed,
     * then segmented. Cached.
     */
    public static List<String> of(String label) {
        String clean = clean(label);
        if (clean.isEmpty()) return List.of();
        return CACHE.computeIfAbsent(clean, k -> {
            List<String> out = new ArrayList<>();
            for (Term t : Holder.segment(false).seg(k)) {
                String w = t.word.strip();
                if (!w.isEmpty()) out.add(w);
            }
            return List.copyOf(out);
        });
    }

    /** The label without brackets, spaces or punctuation. */
    public static String clean(String label) {
        if (label == null) return "";
        if (label.length() > 200) return computeClean(label);
        String c = CLEAN.get(label);
        if (c != null) return c;
        c = computeClean(label);
        if (CLEAN.size() < 100_000) CLEAN.put(label, c);
        return c;
    }

    private static String computeClean(String label) {
        String s = BRACKETED.matcher(label).replaceAll("");
        s = SPACE.matcher(s).replaceAll("");
        return PUNCT.matcher(s).replaceAll("");
    }

    /**
     * How well {@code text} answers to {@code synonym}: 1 when their cleaned forms are equal; else
     * the share of the text's words covered when every word of the synonym occurs among the text's
     * words (in (0, 1)); else, for synonyms of three or more characters, half that share when the
     * synonym occurs inside the text as a string; else 0.
     */
    public static double match(String text, String synonym) {
        if (text == null || synonym == null) return 0;
        Map<String, Double> bySynonym = MATCHES.computeIfAbsent(synonym, k -> new ConcurrentHashMap<>());
        Double cached = bySynonym.get(text);
        if (cached != null) return cached;
        double m = computeMatch(text, synonym);
        if (bySynonym.size() < 50_000) bySynonym.put(text, m);
        return m;
    }

    private static double computeMatch(String text, String synonym) {
        String a = clean(text), b = clean(synonym);
        if (a.isEmpty() || b.isEmpty()) return 0;
        if (a.equals(b)) return 1;
        if (!sharesAll(a, b)) return 0;
        List<String> tw = of(a), sw = of(b);
        if (!tw.isEmpty() && new HashSet<>(tw).containsAll(sw)) {
            return Math.min(0.99, (double) b.length() / a.length());
        }
        if (b.length() >= 3 && a.contains(b)) return 0.5 * b.length() / a.length();
        return 0;
    }

    /** True when every character of {@code b} occurs in {@code a} (a cheap test before segmenting). */
    private static boolean sharesAll(String a, String b) {
        for (int i = 0; i < b.length(); i++) if (a.indexOf(b.charAt(i)) < 0) return false;
        return true;
    }

    /**
     * The best {@link #match} of {@code text} against any synonym. A synonym with a character the
     * text lacks scores 0 without a look-up of the match cache ({@link #computeMatch} would say so
     * first): most header cells share no word with most synonyms.
     */
    public static double bestMatch(String text, Collection<String> synonyms) {
        if (text == null) return 0;
        String a = clean(text);
        if (a.isEmpty()) return 0;
        double best = 0;
        for (String s : synonyms) {
            if (s == null) continue;
            String b = clean(s);
            if (b.isEmpty() || !a.equals(b) && !sharesAll(a, b)) continue;
            best = Math.max(best, match(text, s));
        }
        return best;
    }

    /** True when the text answers to one of the synonyms. */
    public static boolean matchesAny(String text, Collection<String> synonyms) {
        return bestMatch(text, synonyms) > 0;
    }

    /** True when the text contains one of the words as a string or answers to it by words. */
    public static boolean mentions(String text, Collection<String> words) {
        String a = clean(text);
        for (String w : words) {
            String b = clean(w);
            if (!b.isEmpty() && a.contains(b)) return true;
        }
        return false;
    }

    /**
     * Word overlap of two labels: shared words over the words of the shorter one (0..1). Used to pair
     * the same indicator named slightly differently in two tables.
     */
    public static double overlap(String a, String b) {
        Set<String> wa = new HashSet<>(of(a)), wb = new HashSet<>(of(b));
        if (wa.isEmpty() || wb.isEmpty()) return 0;
        Set<String> shared = new HashSet<>(wa);
        shared.retainAll(wb);
        return (double) shared.size() / Math.max(wa.size(), wb.size());
    }
}
