package io.hecha.read;

import io.hecha.text.ChineseNumbering;

import java.util.Optional;

/**
 * Decides which paragraphs head a section when the source does not say so with a style (PDF,
 * and DOC/RTF/HTML without heading tags). Shared by every reader that needs it so that all
 * formats guess the same way.
 * <ul>
 *   <li>A short paragraph that starts with an outline number (第X部分, 一、, （一）, 1、, （1）, ①, 附件N) and
 *       reads as a title, not a sentence, is a heading at that number's rank.</li>
 *   <li>A short title-like paragraph set apart by its font (larger than the body or bold) is a
 *       heading at a level the caller derives from the font.</li>
 * </ul>
 */
public final class HeadingHeuristics {
    /** Longest text that may still be a heading. */
    public static final int MAX_HEADING_LENGTH = 40;
    /** Longest numbered heading that may end with a full stop. */
    private static final int MAX_WITH_STOP = 30;

    private HeadingHeuristics() {
    }

    /**
     * The heading level of a numbered title-like paragraph (the rank of its outline number), or 0
     * when the text is not one.
     */
    public static int numberedLevel(String text) {
        String t = text.strip();
        Optional<ChineseNumbering.Match> m = ChineseNumbering.match(t);
        if (m.isEmpty() || m.get().rest().isEmpty()) return 0;
        if (!isTitleLike(t, m.get().kind() == ChineseNumbering.Kind.PART
                || m.get().kind() == ChineseNumbering.Kind.ATTACHMENT)) return 0;
        return m.get().kind().rank();
    }

    /** True when the text has an outline number at its start. */
    public static boolean startsWithNumber(String text) {
        return ChineseNumbering.match(text).isPresent();
    }

    /**
     * True when the text reads as a title: short, no sentence punctuation inside, not ending in
     * a clause mark. A single closing 。 is tolerated on short texts.
     *
     * @param text      the paragraph text
     * @param lenient   true to allow a trailing colon (附件1：…, 第一部分：…)
     */
    public static boolean isTitleLike(String text, boolean lenient) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH) return false;
        String body = t;
        char last = t.charAt(t.length() - 1);
        if (last == '。' || last == '.') {
            if (t.length() > MAX_WITH_STOP) return false;
            body = t.substring(0, t.length() - 1);
        } else if (last == '；' || last == ';' || last == '，' || last == ',' || last == '、') {
            return false;
        } else if ((last == '：' || last == ':') && !lenient) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？') return false;
            if ((c == '，' || c == ',') && !digitsAround(body, i)) return false;
        }
        return true;
    }

    private static boolean digitsAround(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }
}
