package io.hecha.read;

import io.hecha.text.ChineseNumbering;
import io.hecha.text.Spaces;

import java.util.Optional;

/**
 * Decides which paragraphs head a section when the source does not say so with a style (PDF,
 * and DOC/RTF/HTML without heading tags). Shared by every reader that needs it so that all
 * formats guess the same way.
 * <ul>
 *   <li>A short paragraph that starts with an outline number (第X部分, 一、, （一）, 1、, （1）, ①, 附件N) and
 *       reads as a title, not a sentence (no closing 。), is a heading at that number's rank.</li>
 *   <li>A short title-like paragraph set apart by its font (larger than the body or bold) is a
 *       heading at a level the caller derives from the font.</li>
 * </ul>
 */
public final class HeadingHeuristics {
    /** Longest text that may still be a heading. */
    public static final int MAX_HEADING_LENGTH = 40;

    private HeadingHeuristics() {
    }

    /**
     * The heading level of a numbered title-like paragraph (the rank of its outline number), or 0
     * when the text is not one: short, not ending like a sentence or clause (。；，：), no sentence
     * inside. Commas are allowed ({@code （三）加强采购管理，提高预算执行率}).
     */
    public static int numberedLevel(String text) {
        if (isContentsLine(text)) return 0;
        String t = text.strip();
        Optional<ChineseNumbering.Match> m = ChineseNumbering.match(t);
        if (m.isEmpty() || m.get().rest().isEmpty()) return 0;
        boolean lenient = m.get().kind() == ChineseNumbering.Kind.PART
                || m.get().kind() == ChineseNumbering.Kind.ATTACHMENT;
        return isTitleLike(t, lenient, true) ? m.get().kind().rank() : 0;
    }

    /**
     * True when a paragraph its source marks as a heading (a heading style, an outline level, a PDF
     * outline entry) reads as body text: longer than any heading, with a sentence break inside
     * (。；！？) or ending like a sentence ({@code 截至12月31日，共有车辆15辆，其中……；……。}).
     * Such a paragraph heads no section, whatever its style says.
     */
    public static boolean readsAsSentence(String text) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= MAX_HEADING_LENGTH) return false;
        for (int i = 0; i < t.length() - 1; i++) {
            if ("。；;！？".indexOf(t.charAt(i)) >= 0) return true;
        }
        char last = t.charAt(t.length() - 1);
        return last == '。' || last == '；' || last == ';';
    }

    private static final java.util.regex.Pattern CONTENTS_LINE =
            java.util.regex.Pattern.compile(".*(?:[.．·]{3,}|…{2,}|\\t)\\s*[0-9０-９]{1,4}\\s*$", java.util.regex.Pattern.DOTALL);

    /** True for a table-of-contents line: a title, dot leaders or a tab, and a page number. */
    public static boolean isContentsLine(String text) {
        return CONTENTS_LINE.matcher(text).matches();
    }

    /** True when the text has an outline number at its start. */
    public static boolean startsWithNumber(String text) {
        return ChineseNumbering.match(text).isPresent();
    }

    /**
     * True when an unnumbered text reads as a title: short, no punctuation that makes it a
     * sentence or a list of clauses, not ending with a full stop, and not a table of contents
     * title (目录 is no section).
     */
    public static boolean isUnnumberedTitle(String text) {
        if (isContentsLine(text)) return false;
        String squashed = Spaces.withoutWide(text);
        if (squashed.equals("目录") || squashed.equals("目次") || squashed.equalsIgnoreCase("contents")) return false;
        return isTitleLike(text, true, false);
    }

    /**
     * True when the text reads as a title.
     *
     * @param lenient     allow a trailing colon (附件1：…, 第一部分：…)
     * @param allowCommas allow commas inside
     */
    static boolean isTitleLike(String text, boolean lenient, boolean allowCommas) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH) return false;
        char last = t.charAt(t.length() - 1);
        if ("。.；;，,、！？!?".indexOf(last) >= 0) return false;
        if ((last == '：' || last == ':') && !lenient) return false;
        for (int i = 0; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') return false;
            if ((c == '，' || c == ',') && !allowCommas && !digitsAround(t, i)) return false;
        }
        return true;
    }

    private static boolean digitsAround(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }
}
