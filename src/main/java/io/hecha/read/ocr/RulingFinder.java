package io.hecha.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds table rulings in a page image: long, thin runs of dark pixels, horizontal and vertical
 * (a morphological opening with a line-shaped element, done as run lengths). Strokes of large
 * characters are thin and straight too, so a short line is kept only when it meets a long one
 * of the other direction, as the lines of a table grid do.
 */
final class RulingFinder {
    private final int minLength;
    private final int longLength;
    private final int gap;
    private final int slack;

    /** Thresholds for an image rendered at {@code dpi}. */
    RulingFinder(double dpi) {
        double px = dpi / 72.0;
        this.minLength = (int) Math.round(14 * px);
        this.longLength = (int) Math.round(72 * px);
        this.gap = Math.max(1, (int) Math.round(0.7 * px));
        this.slack = Math.max(2, (int) Math.round(2 * px));
    }

    /** The rulings of the image. */
    List<PixelRuling> find(GrayImage image) {
        List<PixelRuling> h = lines(image, true);
        List<PixelRuling> v = lines(image, false);
        List<PixelRuling> accepted = new ArrayList<>();
        boolean[] hk = new boolean[h.size()], vk = new boolean[v.size()];
        for (int i = 0; i < h.size(); i++) hk[i] = h.get(i).length() >= longLength;
        for (int i = 0; i < v.size(); i++) vk[i] = v.get(i).length() >= longLength;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < h.size(); i++) if (!hk[i]) hk[i] = meetsKept(h.get(i), v, vk);
            for (int i = 0; i < v.size(); i++) if (!vk[i]) vk[i] = meetsKept(v.get(i), h, hk);
        }
        for (int i = 0; i < h.size(); i++) if (hk[i]) accepted.add(h.get(i));
        for (int i = 0; i < v.size(); i++) if (vk[i]) accepted.add(v.get(i));
        return accepted;
    }

    /**
     * Paints the rulings white, with a margin for the blur of a scanned or compressed line, so that
     * detection and recognition do not read them.
     */
    static void erase(GrayImage image, List<PixelRuling> rulings) {
        for (PixelRuling r : rulings) {
            int half = r.thickness() / 2 + 3;
            if (r.horizontal()) image.erase(r.start(), r.position() - half, r.end(), r.position() + half + 1);
            else image.erase(r.position() - half, r.start(), r.position() + half + 1, r.end());
        }
    }

    private boolean meetsKept(PixelRuling r, List<PixelRuling> others, boolean[] kept) {
        for (int j = 0; j < others.size(); j++) {
            if (kept[j] && r.meets(others.get(j), slack)) return true;
        }
        return false;
    }

    /**
     * Runs of at least {@link #minLength} dark pixels along each row (or column), bridged over
     * gaps of {@link #gap}, stacked across neighbouring rows into lines; a stack thicker than a
     * twentieth of its length is a filled area or a stroke, not a ruling.
     */
    private List<PixelRuling> lines(GrayImage img, boolean horizontal) {
        List<List<int[]>> runsByRow = horizontal ? rowRuns(img) : columnRuns(img);
        List<PixelRuling> out = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // {start, end, firstRow, lastRow}
        for (int row = 0; row <= runsByRow.size(); row++) {
            List<int[]> runs = row < runsByRow.size() ? runsByRow.get(row) : List.of();
            List<int[]> next = new ArrayList<>();
            for (int[] run : runs) {
                int[] seg = null;
                for (int[] o : open) {
                    if (o[3] == row - 1 && overlap(o, run) >= 0.8 * Math.min(o[1] - o[0], run[1] - run[0])) {
                        seg = o;
                        break;
                    }
                }
                if (seg != null) {
                    open.remove(seg);
                    seg[0] = Math.min(seg[0], run[0]);
                    seg[1] = Math.max(seg[1], run[1]);
                    seg[3] = row;
                    next.add(seg);
                } else {
                    next.add(new int[] {run[0], run[1], row, row});
                }
            }
            for (int[] o : open) close(o, horizontal, out);
            open = next;
        }
        return out;
    }

    private void close(int[] seg, boolean horizontal, List<PixelRuling> out) {
        int thickness = seg[3] - seg[2] + 1;
        int length = seg[1] - seg[0];
        if (length < minLength || thickness * 20 > length) return;
        out.add(new PixelRuling(horizontal, (seg[2] + seg[3]) / 2, seg[0], seg[1], thickness));
    }

    /** Long runs of each row: {start, end} along x. */
    private List<List<int[]>> rowRuns(GrayImage img) {
        List<List<int[]>> out = new ArrayList<>(img.height);
        byte[] px = img.pixels;
        for (int y = 0; y < img.height; y++) {
            List<int[]> runs = new ArrayList<>(0);
            int row = y * img.width, start = -1, lastDark = -1;
            for (int x = 0; x < img.width; x++) {
                if ((px[row + x] & 0xFF) >= GrayImage.INK) continue;
                if (start < 0 || x - lastDark - 1 > gap) {
                    if (start >= 0 && lastDark + 1 - start >= minLength) runs.add(new int[] {start, lastDark + 1});
                    start = x;
                }
                lastDark = x;
            }
            if (start >= 0 && lastDark + 1 - start >= minLength) runs.add(new int[] {start, lastDark + 1});
            out.add(runs);
        }
        return out;
    }

    /** Long runs of each column: {start, end} along y (scanned row by row, for the cache's sake). */
    private List<List<int[]>> columnRuns(GrayImage img) {
        int w = img.width;
        List<List<int[]>> out = new ArrayList<>(w);
        for (int x = 0; x < w; x++) out.add(new ArrayList<>(0));
        int[] start = new int[w], lastDark = new int[w];
        java.util.Arrays.fill(start, -1);
        java.util.Arrays.fill(lastDark, -1);
        byte[] px = img.pixels;
        for (int y = 0; y < img.height; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if ((px[row + x] & 0xFF) >= GrayImage.INK) continue;
                if (start[x] < 0 || y - lastDark[x] - 1 > gap) {
                    if (start[x] >= 0 && lastDark[x] + 1 - start[x] >= minLength) {
                        out.get(x).add(new int[] {start[x], lastDark[x] + 1});
                    }
                    start[x] = y;
                }
                lastDark[x] = y;
            }
        }
        for (int x = 0; x < w; x++) {
            if (start[x] >= 0 && lastDark[x] + 1 - start[x] >= minLength) out.get(x).add(new int[] {start[x], lastDark[x] + 1});
        }
        return out;
    }

    private static int overlap(int[] a, int[] b) {
        return Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
    }
}
