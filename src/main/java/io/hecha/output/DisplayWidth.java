package io.hecha.output;

/**
 * How many terminal columns a text takes: East Asian wide and fullwidth characters (汉字, 全角
 * punctuation, Hangul, kana) two, combining marks and zero-width characters none, the rest one.
 */
public final class DisplayWidth {
    private static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    /** The width of a text in columns. */
    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            w += of(c);
            i += Character.charCount(c);
        }
        return w;
    }

    /** The width of one code point. */
    public static int of(int c) {
        if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) return 0;
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) return 0;
        return wide(c) ? 2 : 1;
    }

    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /** The text cut to at most {@code columns}, keeping its end and marking the cut with "…". */
    public static String cutStart(String s, int columns) {
        if (of(s) <= columns) return s;
        int room = columns - 1;
        int w = 0;
        int i = s.length();
        while (i > 0) {
            int c = s.codePointBefore(i);
            int cw = of(c);
            if (w + cw > room) break;
            w += cw;
            i -= Character.charCount(c);
        }
        return ELLIPSIS + s.substring(i);
    }

    /** The text cut to at most {@code columns}, keeping its start. */
    public static String cutEnd(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            int cw = of(c);
            if (w + cw > columns) break;
            w += cw;
            i += Character.charCount(c);
        }
        return s.substring(0, i);
    }
}
