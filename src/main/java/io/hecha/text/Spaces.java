package io.hecha.text;

/**
 * Removing white space from labels without a regex: the same characters as the regex class
 * {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return), or those and the
 * ideographic space U+3000 ({@link #withoutWide}). Labels are compared with their spaces removed
 * in many places, once per cell and rule; compiling {@code "\\s"} for each was a measurable share
 * of the pipeline.
 */
public final class Spaces {
    private Spaces() {
    }

    /** The text without ASCII white space: {@code s.replaceAll("\\s", "")}. */
    public static String without(String s) {
        return remove(s, false);
    }

    /** The text without ASCII white space and ideographic spaces: {@code s.replaceAll("[\\s\u3000]+", "")}. */
    public static String withoutWide(String s) {
        return remove(s, true);
    }

    private static String remove(String s, boolean wide) {
        int n = s.length(), i = 0;
        while (i < n && !space(s.charAt(i), wide)) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n - 1).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!space(c, wide)) b.append(c);
        }
        return b.toString();
    }

    private static boolean space(char c, boolean wide) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || wide && c == '\u3000';
    }
}
