package io.hecha.text;

/**
 * Joining a printed line that wrapped (in a paragraph or a table cell) onto the text before it:
 * Chinese and numbers join without a space ({@code 预算安排和部} + {@code 门“三定”方案}); only two Latin
 * letters get a space between them.
 */
public final class WrappedLines {
    private WrappedLines() {
    }

    /** The text to append for the wrapped line {@code next} after {@code before}. */
    public static String joinText(CharSequence before, String next) {
        if (before.length() > 0 && !next.isEmpty()) {
            char a = before.charAt(before.length() - 1), c = next.charAt(0);
            if (isLatinLetter(a) && isLatinLetter(c)) return " " + next;
        }
        return next;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
