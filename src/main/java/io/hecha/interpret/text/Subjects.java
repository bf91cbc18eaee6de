package io.hecha.interpret.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number is about, from the words before it: quotation marks, spaces, outline numbers,
 * linking words (其中, 为, 是, 达…) and period words removed; a 功能分类科目 written with its levels
 * ("一般公共服务（类）信访事务（款）行政运行（项）") becomes the path {@code 一般公共服务 > 信访事务 > 行政运行}.
 */
final class Subjects {
    private static final Pattern LEVELS = Pattern.compile("(.+?)[（(]\\s*(类|款|项)\\s*[)）]");
    private static final Pattern QUOTES = Pattern.compile("[“”\"「」‘’'\\s\\u3000]");
    private static final Pattern LEADING = Pattern.compile("^(?:[0-9０-９]+[.．、]|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、是]|其中[：:，,]?|包括|主要是|即|含|按[^，]{0,8}划分为|分别是|合计|共计|全年|截至)+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[：:，,。]+");
    private static final Pattern TRAILING = Pattern.compile("(?:为|是|达到|达|共计|总计|合计为|分别为|约|累计|共|的|了|：|:|，|,)+$");
    /** Words of time and manner that say nothing about what a number is of ("年终决算支出", "实际到位资金"). */
    private static final Pattern NOT_SUBJECT = Pattern.compile("^(?:实际|总|年终|年末|年初|全年|当年|本年|累计|共|合计|截至|截止|底)+|(?:实际|总|年终|年末|年初|全年|当年|本年|累计|共)+$");

    /** The last characters of {@link #TRAILING}'s words, the first and last of {@link #NOT_SUBJECT}'s. */
    private static final String TRAILING_LAST = "为是到达计约共的了：:，,", NOT_SUBJECT_FIRST = "实总年全当本累共合截底",
            NOT_SUBJECT_LAST = "际总终末初年计共";

    private Subjects() {
    }

    /** The subject named by some words ("" when they name none). */
    static String of(String words) {
        String s = QUOTES.matcher(Periods.strip(words)).replaceAll("");
        String path = path(s);
        if (path != null) return path;
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = LEADING.matcher(s).replaceAll("");
            if (mayEndIn(s, TRAILING_LAST)) s = TRAILING.matcher(s).replaceAll("");
            if (mayStartIn(s, NOT_SUBJECT_FIRST) || mayEndIn(s, NOT_SUBJECT_LAST)) s = NOT_SUBJECT.matcher(s).replaceAll("");
            if (s.equals(before)) break;     // a round that removes nothing leaves the next rounds nothing to remove
        }
        return s.length() < 2 ? "" : s;
    }

    /**
     * True when a text's last character may end a match of a pattern anchored at the end: it is one
     * of the last characters of the pattern's words, or a line terminator ({@code $} matches before one).
     * A cheap test that spares the regex its scan of every position of a text it cannot match.
     */
    private static boolean mayEndIn(String s, String lastChars) {
        if (s.isEmpty()) return true;
        char c = s.charAt(s.length() - 1);
        return lastChars.indexOf(c) >= 0 || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** True when a text's first character may start a match of a pattern anchored at the start. */
    private static boolean mayStartIn(String s, String firstChars) {
        return s.isEmpty() || firstChars.indexOf(s.charAt(0)) >= 0;
    }

    /**
     * False when a text lacks what every level mark contains (a bracket and 类, 款 or 项): then
     * {@link #LEVELS}, whose lazy prefix tries every start, need not run.
     */
    private static boolean mayHaveLevels(String s) {
        return (s.indexOf('类') >= 0 || s.indexOf('款') >= 0 || s.indexOf('项') >= 0)
                && (s.indexOf('（') >= 0 || s.indexOf('(') >= 0);
    }

    /** True when the words name a 功能分类科目 with its levels. */
    static boolean isClassification(String words) {
        return mayHaveLevels(words) && LEVELS.matcher(words).find();
    }

    /** "A（类）B（款）C（项）…" → "A > B > C", or null when the words carry no level marks. */
    static String path(String s) {
        if (!mayHaveLevels(s)) return null;
        Matcher m = LEVELS.matcher(s);
        List<String> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            String name = LEADING.matcher(m.group(1).strip()).replaceAll("");
            name = LEADING_PUNCTUATION.matcher(name).replaceAll("");
            if (name.endsWith("支出") && m.group(2).equals("类")) name = name.substring(0, name.length() - 2);
            if (!name.isEmpty()) parts.add(name);
            last = m.end();
        }
        if (parts.isEmpty()) return null;
        return String.join(" > ", parts);
    }
}
