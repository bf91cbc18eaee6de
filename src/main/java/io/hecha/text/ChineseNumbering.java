package io.hecha.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline numbers Chinese reports print at the start of headings and list items, and their
 * conventional nesting: 第X部分 &gt; 一、 &gt; （一） &gt; 1、 &gt; （1） &gt; ①. Reports may skip levels, so
 * the rank is a nesting order, not a depth.
 */
public final class ChineseNumbering {
    private ChineseNumbering() {
    }

    /** The kinds of outline number, in conventional nesting order. */
    public enum Kind {
        /** 第一部分, 第2部分, 第三章. */
        PART(1),
        /** 附件1：, 附件二. Starts an attachment. */
        ATTACHMENT(1),
        /** 一、 */
        CHINESE(2),
        /** （一） */
        PAREN_CHINESE(3),
        /** 1、 or 1． or 1. */
        ARABIC(4),
        /** （1） */
        PAREN_ARABIC(5),
        /** ① */
        CIRCLED(6);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        /** Conventional nesting rank: smaller encloses larger. */
        public int rank() {
            return rank;
        }
    }

    /**
     * A number found at the start of a text.
     *
     * @param number the number as printed, with its punctuation ({@code （一）}, {@code 1、})
     * @param kind   which kind of number
     * @param value  its numeric value (1 for 一, ① and 1), or 0 when unknown
     * @param rest   the text after the number, leading spaces removed
     */
    public record Match(String number, Kind kind, int value, String rest) {
    }

    private static final String CN = "[一二三四五六七八九十百零〇两]+";
    private static final String DIGITS = "[0-9０-９]+";
    private static final Pattern PART = Pattern.compile("^(第(?:" + CN + "|" + DIGITS + ")(?:部分|章|篇))\\s*");
    private static final Pattern ATTACHMENT = Pattern.compile("^(附件\\s*(?:" + CN + "|" + DIGITS + ")?)\\s*[：:]?\\s*");
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + "[、.．])\\s*");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^([（(]" + CN + "[)）])[、.．]?\\s*");
    private static final Pattern ARABIC = Pattern.compile("^(" + DIGITS + "(?:[、．]|\\.(?![0-9０-９])))\\s*");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^([（(]" + DIGITS + "[)）])[、.．]?\\s*");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF])\\s*");

    /** Finds an outline number at the start of {@code text} (leading white space ignored). */
    public static Optional<Match> match(String text) {
        String t = stripLeading(text);
        Matcher m;
        if ((m = PART.matcher(t)).find()) return Optional.of(make(m, t, Kind.PART));
        if ((m = ATTACHMENT.matcher(t)).find() && m.end() > 2) return Optional.of(make(m, t, Kind.ATTACHMENT));
        if ((m = PAREN_CHINESE.matcher(t)).find()) return Optional.of(make(m, t, Kind.PAREN_CHINESE));
        if ((m = PAREN_ARABIC.matcher(t)).find()) return Optional.of(make(m, t, Kind.PAREN_ARABIC));
        if ((m = CHINESE.matcher(t)).find()) return Optional.of(make(m, t, Kind.CHINESE));
        if ((m = ARABIC.matcher(t)).find()) return Optional.of(make(m, t, Kind.ARABIC));
        if ((m = CIRCLED.matcher(t)).find()) return Optional.of(make(m, t, Kind.CIRCLED));
        return Optional.empty();
    }

    private static Match make(Matcher m, String t, Kind kind) {
        String number = m.group(1).trim();
        return new Match(number, kind, valueOf(number), t.substring(m.end()).strip());
    }

    /** Removes leading white space including the ideographic space U+3000. */
    public static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000'
                || s.charAt(i) == '\u00A0')) i++;
        return s.substring(i);
    }

    /** The numeric value of a printed outline number, 0 when it has none. */
    static int valueOf(String number) {
        StringBuilder digits = new StringBuilder();
        StringBuilder cn = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (c >= '0' && c <= '9') digits.append(c);
            else if (c >= '０' && c <= '９') digits.append((char) ('0' + (c - '０')));
            else if (c >= '\u2460' && c <= '\u2473') return c - '\u2460' + 1;
            else if ("一二三四五六七八九十百零〇两".indexOf(c) >= 0) cn.append(c);
        }
        if (digits.length() > 0 && digits.length() < 9) return Integer.parseInt(digits.toString());
        if (cn.length() > 0) return ChineseNumerals.parse(cn.toString()).map(Long::intValue).orElse(0);
        return 0;
    }
}
