package io.hecha.read.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers, footers and page numbers: lines in the top or bottom margin band that
 * repeat (digits ignored) at the same height on most pages, and bare page-number lines there
 * ({@code 3}, {@code - 3 -}, {@code 第3页}, {@code 第 3 页 共 9 页}, {@code 3/9}, {@code Page 3 of 9}).
 */
final class RunningTextFilter {
    /** Share of the page height at top and bottom where running text stands. */
    private static final double BAND = 0.12;
    /** Running text stands at the same height within this many points. */
    private static final double SAME_HEIGHT = 4.0;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-－—–·\\s]*(?:第\\s*)?[0-9０-９IVXivx]{1,4}(?:\\s*页)?(?:\\s*[/／]\\s*(?:共\\s*)?[0-9０-９]{1,4}\\s*页?|\\s*共\\s*[0-9０-９]{1,4}\\s*页)?[-－—–·\\s]*$"
                    + "|^(?i:page)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$");

    private RunningTextFilter() {
    }

    /** True when the text is only a page number. */
    public static boolean isPageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    /**
     * Returns the pages' lines without running text.
     *
     * @param pages   lines per page, in page order
     * @param heights page heights, same order
     * @return the kept lines per page
     */
    public static List<List<TextLine>> filter(List<List<TextLine>> pages, List<Double> heights) {
        Map<String, List<double[]>> seen = new HashMap<>();
        int withText = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).isEmpty()) withText++;
            for (TextLine l : pages.get(i)) {
                if (inBand(l, heights.get(i))) {
                    seen.computeIfAbsent(key(l), k -> new ArrayList<>()).add(new double[]{i, l.baseline()});
                }
            }
        }
        int threshold = Math.max(2, (int) Math.ceil(withText * 0.5));
        List<List<TextLine>> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<TextLine> kept = new ArrayList<>();
            for (TextLine l : pages.get(i)) {
                boolean band = inBand(l, heights.get(i));
                boolean running = band && withText >= 2 && pagesAtSameHeight(seen.get(key(l)), l) >= threshold;
                if (band && (running || isPageNumber(l.text()))) continue;
                kept.add(l);
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * On how many pages the line's text recurs in the band: at the same height, or anywhere in
     * the band for texts long enough not to recur by chance (a first page may set its header
     * lower).
     */
    private static int pagesAtSameHeight(List<double[]> occurrences, TextLine l) {
        if (occurrences == null) return 0;
        boolean anyHeight = key(l).length() >= 4;
        Set<Integer> pages = new HashSet<>();
        for (double[] o : occurrences) {
            if (anyHeight || Math.abs(o[1] - l.baseline()) <= SAME_HEIGHT) pages.add((int) o[0]);
        }
        return pages.size();
    }

    private static boolean inBand(TextLine l, double height) {
        return l.bottom() < height * BAND || l.top() > height * (1 - BAND);
    }

    /** The line's text with digit runs as {@code #} and white space removed. */
    private static String key(TextLine l) {
        String t = l.text();
        StringBuilder b = new StringBuilder(t.length());
        boolean digits = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean digit = (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
            if (digit) {
                if (!digits) b.append('#');
            } else if (!asciiSpace(c)) {
                b.append(c);
            }
            digits = digit;
        }
        return b.toString();
    }

    /** The characters of the regex class {@code \s}. */
    static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
