package io.hecha.text;

import java.util.regex.Pattern;

/**
 * What a table cell's words say, the same for the interpretation and the checks: a cell that
 * shows nothing countable, a row label that names a total.
 */
public final class CellWords {
    private static final Pattern NOTHING = Pattern.compile("[-—–－/／\\\\无]+|——");
    private static final Pattern TOTAL = Pattern.compile("^(?:[一-龥]{0,6})?(?:合计|总计|小计|总额合计)$|^(?:合计|总计)[:：]?.{0,6}$");
    private static final Pattern TOTAL_AT_END = Pattern.compile(".*(合计|总计|小计)[:：]?$");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile(".*[，。；,;].*");

    private CellWords() {
    }

    /** True when a cell's (stripped) text is a dash, 无 or a slash: nothing to count. Empty text is not tested here. */
    public static boolean nothing(String stripped) {
        return NOTHING.matcher(stripped).matches();
    }

    /**
     * True when a label names a total or subtotal: a short 合计/总计/小计 label, or a longer label
     * ending in one that is no clause (归属于母公司所有者权益（或股东权益）合计).
     *
     * @param squashed the label without white space ({@link Spaces#without})
     */
    public static boolean total(String squashed) {
        if (squashed.length() <= 10 && TOTAL.matcher(squashed).find()) return true;
        return squashed.length() <= 24 && TOTAL_AT_END.matcher(squashed).matches()
                && !CLAUSE_PUNCTUATION.matcher(squashed).matches();
    }

    /** True when a total label names a subtotal (小计). */
    public static boolean subtotal(String label) {
        return label.contains("小计");
    }
}
