package io.hecha.read.layout;

import io.hecha.read.HeadingHeuristics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Groups lines into paragraphs across line and page breaks. A new paragraph starts at a table,
 * at a change of font size or weight (not where a bold run-in title that fills its line goes on
 * in the body's weight), at a first-line indent (or a centred line, unless it goes on with a
 * centred title whose first line is full), after a line
 * that ends so far before the right margin that the next line's first word would have fit, after a vertical gap larger than the line pitch, and
 * at a line that starts with an outline number.
 */
final class ParagraphAssembler {
    private ParagraphAssembler() {
    }

    /**
     * Paragraphs and tables in reading order.
     *
     * @param items lines ({@link TextLine}) and tables ({@link LaidOut.Tab}) in reading order
     * @param metrics the body metrics of each page (by page number)
     */
    public static List<LaidOut> assemble(List<Object> items, IntFunction<BodyMetrics> metrics) {
        List<LaidOut> out = new ArrayList<>();
        List<TextLine> cur = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof LaidOut.Tab tab) {
                flush(cur, out);
                out.add(tab);
            } else if (item instanceof TextLine line) {
                if (!cur.isEmpty() && breaksBefore(cur.get(cur.size() - 1), line, metrics.apply(line.page()))) {
                    flush(cur, out);
                }
                cur.add(line);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(List<TextLine> cur, List<LaidOut> out) {
        if (!cur.isEmpty()) out.add(new LaidOut.Para(cur));
        cur.clear();
    }

    /** True when {@code cur} starts a new paragraph after {@code prev}. */
    static boolean breaksBefore(TextLine prev, TextLine cur, BodyMetrics m) {
        if (Math.abs(prev.fontSize() - cur.fontSize()) > 0.6) return true;
        double em = Math.max(cur.fontSize(), 1);
        boolean wrapped = CellTextAssembler.wrapped(prev, cur, m.right() + 1);
        boolean indented = cur.x0() > m.left() + 0.8 * em;
        // a bold run-in title that fills its line goes on in the body's weight on the next line
        boolean runIn = prev.bold() && !cur.bold() && wrapped && !indented;
        if (prev.bold() != cur.bold() && !runIn) return true;
        if (indented && !(wrapped && centredTitleGoesOn(prev, cur, m, em))) return true;
        if (!wrapped) return true;
        if (HeadingHeuristics.startsWithNumber(cur.text())) return true;
        if (cur.page() == prev.page()) {
            double step = cur.baseline() - prev.baseline();
            double pitch = m.pitchFor(cur.fontSize());
            if (step < 0 || step > pitch * 1.45 + 0.5) return true;
        }
        return false;
    }

    /**
     * True when {@code cur} goes on with a centred title: a full first line and a line centred on
     * the same axis, in the same weight, bold or larger than the body (a title too long for one line).
     */
    private static boolean centredTitleGoesOn(TextLine prev, TextLine cur, BodyMetrics m, double em) {
        if (prev.bold() != cur.bold() || !(cur.bold() || cur.fontSize() >= m.fontSize() + 1.5)) return false;
        double axis = (prev.x0() + prev.x1()) / 2, centre = (cur.x0() + cur.x1()) / 2;
        return Math.abs(axis - centre) <= em / 2;
    }
}
