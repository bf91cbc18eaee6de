package io.hecha.read.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Boxes around ink the detector left out in table cells: a lone narrow character (a score "1"
 * alone in its cell) often gives the detector too small a kernel to keep. Ink of the page (rulings
 * already erased) that no detected box covers is grouped into pieces; a piece of a character's
 * size inside a ruled cell (rulings on its four sides) becomes a box to recognise. A piece the recogniser cannot read with confidence (a stain, a speck) is dropped
 * there as noise; strokes thinner than a character (a short ruling left in the image) are not
 * boxed at all.
 */
final class MissedInk {
    private MissedInk() {
    }

    /**
     * Detected boxes lower than a character (the detector's kernel of a tall thin "1" is a dot in
     * its middle) grown up and down over the ink they cut, until a blank row, by at most their
     * height each way; other boxes as they are.
     */
    static List<TextBox> grown(GrayImage image, List<TextBox> boxes, double dpi) {
        List<TextBox> out = new ArrayList<>(boxes.size());
        for (TextBox b : boxes) {
            if (b.height() >= 0.1 * dpi || b.width() <= 0) {
                out.add(b);
                continue;
            }
            int y0 = b.y0(), y1 = b.y1(), limit = b.height();
            while (y0 > 0 && b.y0() - y0 < limit && inkInRow(image, y0 - 1, b.x0(), b.x1())) y0--;
            while (y1 < image.height && y1 - b.y1() < limit && inkInRow(image, y1, b.x0(), b.x1())) y1++;
            int m = (y0 < b.y0() || y1 > b.y1()) ? Math.max(2, (y1 - y0) / 8) : 0;
            out.add(new TextBox(b.x0(), y0 - m, b.x1(), y1 + m, b.score()).clip(image.width, image.height));
        }
        return out;
    }

    private static boolean inkInRow(GrayImage image, int y, int x0, int x1) {
        int row = y * image.width;
        for (int x = Math.max(0, x0); x < Math.min(image.width, x1); x++) {
            if ((image.pixels[row + x] & 0xFF) < GrayImage.INK) return true;
        }
        return false;
    }

    /** Boxes around uncovered ink of a character's size, in page pixels, on an image at {@code dpi}. */
    static List<TextBox> boxes(GrayImage image, List<TextBox> detected, List<PixelRuling> rulings, double dpi) {
        if (rulings.isEmpty()) return List.of();
        int cell = Math.max(1, (int) Math.round(dpi / 100)); // the grid the ink is grouped on
        int gw = (image.width + cell - 1) / cell, gh = (image.height + cell - 1) / cell;
        boolean[] ink = new boolean[gw * gh];
        byte[] px = image.pixels;
        for (int y = 0; y < image.height; y++) {
            int row = y * image.width, g = (y / cell) * gw;
            for (int x = 0; x < image.width; x++) {
                if ((px[row + x] & 0xFF) < GrayImage.INK) ink[g + x / cell] = true;
            }
        }
        for (TextBox b : detected) { // a box covers its text and a margin of a quarter of its height
            int m = b.height() / 4;
            int gx0 = Math.max(0, (b.x0() - m) / cell), gx1 = Math.min(gw, (b.x1() + m) / cell + 1);
            int gy0 = Math.max(0, (b.y0() - m) / cell), gy1 = Math.min(gh, (b.y1() + m) / cell + 1);
            for (int gy = gy0; gy < gy1; gy++) java.util.Arrays.fill(ink, gy * gw + gx0, gy * gw + Math.max(gx0, gx1), false);
        }
        double minHeight = 0.07 * dpi, maxHeight = 0.5 * dpi, minWidth = dpi / 50;
        int reach = Math.max(1, (int) Math.round(0.02 * dpi / cell)); // ink this close is one piece
        List<TextBox> out = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start]) continue;
            ink[start] = false;
            queue.add(start);
            int x0 = gw, y0 = gh, x1 = -1, y1 = -1;
            while (!queue.isEmpty()) {
                int at = queue.poll(), gx = at % gw, gy = at / gw;
                x0 = Math.min(x0, gx);
                x1 = Math.max(x1, gx);
                y0 = Math.min(y0, gy);
                y1 = Math.max(y1, gy);
                for (int ny = Math.max(0, gy - reach); ny <= Math.min(gh - 1, gy + reach); ny++) {
                    for (int nx = Math.max(0, gx - reach); nx <= Math.min(gw - 1, gx + reach); nx++) {
                        int n = ny * gw + nx;
                        if (ink[n]) {
                            ink[n] = false;
                            queue.add(n);
                        }
                    }
                }
            }
            int w = (x1 - x0 + 1) * cell, h = (y1 - y0 + 1) * cell;
            if (h < minHeight || h > maxHeight || w < minWidth || w > 12 * h) continue;
            if (!inCell(rulings, (x0 + x1 + 1) * cell / 2, (y0 + y1 + 1) * cell / 2)) continue;
            int m = Math.max(2, h / 4);
            out.add(new TextBox(x0 * cell - m, y0 * cell - m, (x1 + 1) * cell + m, (y1 + 1) * cell + m, 0)
                    .clip(image.width, image.height));
        }
        return out;
    }

    /** True when rulings stand left, right, above and below the point, each spanning it. */
    private static boolean inCell(List<PixelRuling> rulings, int x, int y) {
        boolean left = false, right = false, above = false, below = false;
        for (PixelRuling r : rulings) {
            int along = r.horizontal() ? x : y, across = r.horizontal() ? y : x;
            if (along < r.start() || along > r.end()) continue;
            if (r.horizontal()) {
                above |= r.position() < across;
                below |= r.position() > across;
            } else {
                left |= r.position() < across;
                right |= r.position() > across;
            }
        }
        return left && right && above && below;
    }
}
