package io.hecha.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts detected text boxes so that each holds one line of one cell: at vertical rulings that run
 * through a box (text of neighbouring cells detected as one piece), and at blank rows inside a
 * box when both sides hold a line's worth of ink (two close lines, or characters stacked in a
 * narrow cell, detected as one piece). Then a box whose ink runs to (or past) its left or right
 * edge is grown to hold that ink with a margin, up to the next ruling or halfway to the next box:
 * the detector's box often ends on a last thin stroke (a closing bracket), which the recogniser
 * then drops. A box with a margin of blank is left as it is (a lone 0 reads best tightly cut).
 */
final class BoxSplitter {
    private BoxSplitter() {
    }

    static List<TextBox> split(GrayImage image, List<TextBox> boxes, List<PixelRuling> rulings) {
        List<TextBox> out = new ArrayList<>();
        for (TextBox b : boxes) {
            for (TextBox part : atRulings(b, rulings)) atBlankRows(image, part, out, 0);
        }
        return widen(image, merged(out), rulings);
    }

    /**
     * Boxes of one line that overlap (a fragment beside a word, the detector's two takes on one
     * word) become their union: read twice, their text would be doubled.
     */
    static List<TextBox> merged(List<TextBox> boxes) {
        List<TextBox> out = new ArrayList<>(boxes);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    TextBox a = out.get(i), b = out.get(j);
                    int w = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
                    int h = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
                    if (w <= 0 || h < 0.6 * Math.min(a.height(), b.height())) continue;
                    out.set(i, new TextBox(Math.min(a.x0(), b.x0()), Math.min(a.y0(), b.y0()), Math.max(a.x1(), b.x1()),
                            Math.max(a.y1(), b.y1()), Math.max(a.score(), b.score())));
                    out.remove(j);
                    changed = true;
                    break outer;
                }
            }
        }
        return out;
    }

    private static List<TextBox> widen(GrayImage image, List<TextBox> boxes, List<PixelRuling> rulings) {
        List<TextBox> out = new ArrayList<>(boxes.size());
        for (TextBox b : boxes) {
            double left = 0, right = image.width;
            int mid = (b.y0() + b.y1()) / 2;
            for (PixelRuling r : rulings) {
                if (r.horizontal() || r.start() > mid || r.end() < mid) continue;
                int edge = r.thickness() / 2 + 1;
                if (r.position() <= b.x0()) left = Math.max(left, r.position() + edge);
                if (r.position() >= b.x1()) right = Math.min(right, r.position() - edge);
            }
            for (TextBox o : boxes) {
                if (o == b || Math.min(o.y1(), b.y1()) - Math.max(o.y0(), b.y0()) < Math.min(o.height(), b.height()) / 2) {
                    continue;
                }
                if (o.x0() >= b.x1()) right = Math.min(right, (b.x1() + o.x0()) / 2.0);
                if (o.x1() <= b.x0()) left = Math.max(left, (o.x1() + b.x0()) / 2.0);
            }
            int margin = Math.max(2, b.height() / 6), gap = Math.max(2, b.height() / 4);
            int y0 = b.y0() + b.height() / 5, y1 = b.y1() - b.height() / 5;
            int x1 = b.x1(), x0 = b.x0();
            int lastInk = -1;
            for (int x = b.x1() - margin, blank = 0; x < (int) right && blank <= gap; x++) {
                if (x >= b.x0() && inkIn(image, x, y0, y1)) {
                    lastInk = x;
                    blank = 0;
                } else if (x >= b.x1()) {
                    blank++;
                }
            }
            if (lastInk >= 0) x1 = (int) Math.min(right, Math.max(b.x1(), lastInk + 1 + margin));
            int firstInk = -1;
            for (int x = b.x0() + margin - 1, blank = 0; x >= (int) Math.ceil(left) && blank <= gap; x--) {
                if (x < b.x1() && inkIn(image, x, y0, y1)) {
                    firstInk = x;
                    blank = 0;
                } else if (x < b.x0()) {
                    blank++;
                }
            }
            if (firstInk >= 0) x0 = (int) Math.max(Math.ceil(left), Math.min(b.x0(), firstInk - margin));
            out.add(new TextBox(x0, b.y0(), x1, b.y1(), b.score()));
        }
        return out;
    }

    private static boolean inkIn(GrayImage image, int x, int y0, int y1) {
        if (x < 0 || x >= image.width) return false;
        for (int y = Math.max(0, y0); y < Math.min(image.height, y1); y++) if (image.dark(x, y)) return true;
        return false;
    }

    private static List<TextBox> atRulings(TextBox b, List<PixelRuling> rulings) {
        List<TextBox> parts = new ArrayList<>();
        parts.add(b);
        int mid = (b.y0() + b.y1()) / 2;
        for (PixelRuling r : rulings) {
            if (r.horizontal() || r.start() > mid || r.end() < mid) continue;
            List<TextBox> next = new ArrayList<>();
            for (TextBox p : parts) {
                int x = r.position(), half = r.thickness() / 2 + 1;
                if (x - half <= p.x0() || x + half >= p.x1()) {
                    next.add(p);
                    continue;
                }
                TextBox left = new TextBox(p.x0(), p.y0(), x - half, p.y1(), p.score());
                TextBox right = new TextBox(x + half + 1, p.y0(), p.x1(), p.y1(), p.score());
                int min = Math.max(2, p.height() / 4);
                if (left.width() >= min) next.add(left);
                if (right.width() >= min) next.add(right);
            }
            parts = next;
        }
        return parts;
    }

    private static void atBlankRows(GrayImage image, TextBox b, List<TextBox> out, int depth) {
        int[] ink = new int[b.height()];
        for (int y = b.y0(); y < b.y1(); y++) {
            int n = 0;
            for (int x = b.x0(); x < b.x1(); x++) if (image.dark(x, y)) n++;
            ink[y - b.y0()] = n;
        }
        int first = 0, last = ink.length - 1;
        while (first <= last && ink[first] == 0) first++;
        while (last >= first && ink[last] == 0) last--;
        if (first > last || depth > 8) {
            if (first <= last) out.add(b);
            return;
        }
        // the widest run of blank rows strictly inside the ink
        int bestFrom = -1, bestLen = 0;
        for (int y = first; y <= last; ) {
            if (ink[y] != 0) {
                y++;
                continue;
            }
            int from = y;
            while (y <= last && ink[y] == 0) y++;
            if (y - from > bestLen) {
                bestLen = y - from;
                bestFrom = from;
            }
        }
        double lineSize = Math.min(b.width(), (last - first + 1) / 2.0);
        if (bestFrom < 0 || bestLen < 2 || bestFrom - first < 0.6 * lineSize
                || last - (bestFrom + bestLen) + 1 < 0.6 * lineSize) {
            out.add(b);
            return;
        }
        int cut = b.y0() + bestFrom + bestLen / 2;
        atBlankRows(image, new TextBox(b.x0(), b.y0(), b.x1(), cut, b.score()), out, depth + 1);
        atBlankRows(image, new TextBox(b.x0(), cut, b.x1(), b.y1(), b.score()), out, depth + 1);
    }
}
