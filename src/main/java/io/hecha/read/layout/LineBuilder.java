package io.hecha.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds printed lines from glyphs: glyphs whose baselines agree (within a fraction of the font
 * size) form a line, read left to right. Chinese text gets no spaces; a space goes only between
 * two Latin letters or digits that stand apart by more than a narrow gap. Text pieces on one
 * baseline separated by a wide gap (a right-aligned note, a column) are separate lines.
 */
final class LineBuilder {
    /** Baselines closer than this fraction of the font size are one line. */
    private static final double SAME_LINE = 0.4;
    /** A gap wider than this fraction of the font size between word characters is a space. */
    private static final double WORD_GAP = 0.18;
    /** A gap wider than this many font sizes separates two pieces of text on one baseline. */
    private static final double SEGMENT_GAP = 3.0;

    private LineBuilder() {
    }

    /** Lines of one page, top to bottom. Blank glyphs only separate words. */
    public static List<TextLine> lines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        double base = 0, size = 0;
        for (Glyph g : sorted) {
            if (!cur.isEmpty() && Math.abs(g.baseline() - base) > SAME_LINE * Math.min(size, g.fontSize())) {
                groups.add(cur);
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                base = g.baseline();
                size = g.fontSize();
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) groups.add(cur);
        List<TextLine> out = new ArrayList<>();
        for (List<Glyph> group : groups) {
            for (List<Glyph> segment : segments(group)) {
                TextLine l = line(page, segment);
                if (l != null) out.add(l);
            }
        }
        return out;
    }

    /** Splits a line's glyphs where a gap wider than {@link #SEGMENT_GAP} font sizes separates them. */
    static List<List<Glyph>> segments(List<Glyph> group) {
        List<Glyph> gs = new ArrayList<>();
        for (Glyph g : group) {
            if (!g.isBlank()) gs.add(g);
        }
        gs.sort(Comparator.comparingDouble(Glyph::x));
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        double right = -Double.MAX_VALUE;
        for (Glyph g : gs) {
            if (!cur.isEmpty() && g.x() - right > SEGMENT_GAP * g.fontSize()) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(g);
            right = Math.max(right, g.right());
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    /** One line from glyphs on the same baseline, or null when it has no visible glyph. */
    public static TextLine line(int page, List<Glyph> group) {
        List<Glyph> gs = new ArrayList<>(group);
        gs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        double[] ends = new double[16];
        Glyph prev = null;
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        double baseline = 0;
        boolean bold = true;
        double[] sizes = new double[4];
        int[] counts = new int[4];
        int distinct = 0;
        int visible = 0;
        for (Glyph g : gs) {
            if (g.isBlank()) continue;
            if (prev != null && needsSpace(prev, g)) {
                ends = end(ends, text.length(), prev.right());
                text.append(' ');
            }
            for (int k = 0; k < g.text().length(); k++) {
                ends = end(ends, text.length() + k, g.x() + g.width() * (k + 1) / g.text().length());
            }
            text.append(g.text());
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.right());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            baseline += g.baseline();
            bold &= g.bold();
            double rounded = Math.round(g.fontSize() * 2) / 2.0;
            int k = 0;
            while (k < distinct && sizes[k] != rounded) k++;
            if (k == distinct) {
                if (distinct == sizes.length) {
                    sizes = java.util.Arrays.copyOf(sizes, distinct * 2);
                    counts = java.util.Arrays.copyOf(counts, distinct * 2);
                }
                sizes[distinct++] = rounded;
            }
            counts[k]++;
            visible++;
            prev = g;
        }
        if (visible == 0) return null;
        double size = sizes[0];
        int best = counts[0];
        for (int k = 1; k < distinct; k++) {
            if (counts[k] > best || (counts[k] == best && sizes[k] > size)) {
                size = sizes[k];
                best = counts[k];
            }
        }
        return new TextLine(page, text.toString(), x0, x1, top, bottom, baseline / visible, size, bold,
                java.util.Arrays.copyOf(ends, text.length()));
    }

    private static double[] end(double[] ends, int i, double value) {
        double[] out = i < ends.length ? ends : java.util.Arrays.copyOf(ends, Math.max(i + 1, ends.length * 2));
        out[i] = value;
        return out;
    }

    private static boolean needsSpace(Glyph a, Glyph b) {
        double gap = b.x() - a.right();
        if (gap <= WORD_GAP * Math.min(a.fontSize(), b.fontSize())) return false;
        return isWordChar(last(a.text())) && isWordChar(b.text().charAt(0));
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    /** Latin letters and ASCII digits (and common word punctuation inside numbers). */
    static boolean isWordChar(char c) {
        return (c < 0x0250 && Character.isLetterOrDigit(c)) || c == '%' || c == '.' || c == ',' || c == ')' || c == '(';
    }
}
