package io.hecha.read.ocr;

/**
 * Straightens a page that was scanned askew (a sheet laid a little crooked on the glass): the
 * text detector reads slanted lines badly and the ruling finder, which looks for horizontal and
 * vertical runs of ink, finds no table at all on a page turned by 1.5°.
 *
 * <p>The skew is the angle under which the page's ink, projected onto the vertical axis, gives
 * the sharpest profile (text lines and rulings stand out as narrow peaks only when they lie
 * level), searched from −{@value #MAX_DEGREES}° to +{@value #MAX_DEGREES}°, coarse then fine, on
 * a sample of the ink. Positions read on a straightened page are those of the straightened image
 * (the page turned about its centre), off from the scan by at most the skew times the distance
 * from the centre.
 */
final class Deskew {
    /** Largest skew looked for, in degrees. */
    static final double MAX_DEGREES = 5;
    /** A smaller skew is left as it is (under a pixel's drift over a few hundred pixels). */
    static final double MIN_DEGREES = 0.1;
    /** The profile must be this much sharper than the level one for a page to be turned. */
    private static final double MIN_GAIN = 1.02;
    /** Ink is sampled on a grid of about this many columns. */
    private static final int SAMPLE_COLUMNS = 1200;

    private Deskew() {
    }

    /**
     * The angle in degrees by which the page's content is turned clockwise (negative:
     * anticlockwise), or 0 when it lies level, within {@link #MIN_DEGREES}, or has too little ink
     * to tell.
     */
    static double angle(GrayImage image) {
        int step = Math.max(1, image.width / SAMPLE_COLUMNS);
        int[] xs = new int[1 << 12], ys = new int[1 << 12];
        int n = 0;
        for (int y = 0; y < image.height; y += step) {
            int row = y * image.width;
            for (int x = 0; x < image.width; x += step) {
                if ((image.pixels[row + x] & 0xFF) >= GrayImage.INK) continue;
                if (n == xs.length) {
                    xs = java.util.Arrays.copyOf(xs, n * 2);
                    ys = java.util.Arrays.copyOf(ys, n * 2);
                }
                xs[n] = x;
                ys[n++] = y;
            }
        }
        if (n < 200) return 0;
        Profile p = new Profile(xs, ys, n, step, image.width, image.height);
        double level = p.sharpness(0);
        double[] best = {0, level}; // angle, sharpness
        p.search(-MAX_DEGREES, MAX_DEGREES, 0.25, best);
        p.search(best[0] - 0.25, best[0] + 0.25, 0.01, best);
        if (Math.abs(best[0]) < MIN_DEGREES || best[1] < level * MIN_GAIN) return 0;
        return Math.round(best[0] * 100) / 100.0;
    }

    /**
     * The image turned back by {@code degrees} (as {@link #angle} measured it) about its centre,
     * bilinear, white where the turn brings in what lay outside the scan.
     */
    static GrayImage straighten(GrayImage image, double degrees) {
        double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
        int w = image.width, h = image.height;
        double cx = w / 2.0, cy = h / 2.0;
        byte[] src = image.pixels, out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            double dy = y - cy;
            // the straightened pixel (x, y) is the scan's pixel at the point (x, y) turned by the skew
            double sx = cx - dy * sin - cx * cos, sy = cy + dy * cos - cx * sin;
            for (int x = 0; x < w; x++, sx += cos, sy += sin) {
                int x0 = (int) Math.floor(sx), y0 = (int) Math.floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    out[y * w + x] = (byte) 0xFF;
                    continue;
                }
                double fx = sx - x0, fy = sy - y0;
                int i = y0 * w + x0;
                double top = (src[i] & 0xFF) * (1 - fx) + (src[i + 1] & 0xFF) * fx;
                double bottom = (src[i + w] & 0xFF) * (1 - fx) + (src[i + w + 1] & 0xFF) * fx;
                out[y * w + x] = (byte) Math.round(top * (1 - fy) + bottom * fy);
            }
        }
        return new GrayImage(w, h, out);
    }

    /** The sampled ink, projected under an angle onto rows one sample step high. */
    private record Profile(int[] xs, int[] ys, int n, int step, int width, int height) {
        /** Tries the angles {@code from..to} by {@code by}; keeps in {@code best} (angle, sharpness) the sharpest so far. */
        void search(double from, double to, double by, double[] best) {
            for (double d = from; d <= to + 1e-9; d += by) {
                double s = sharpness(d);
                if (s > best[1]) {
                    best[0] = d;
                    best[1] = s;
                }
            }
        }

        /**
         * Sum of squared differences between neighbouring rows' counts: larger when the ink gathers
         * in rows with sharp edges (level lines of text, level rulings).
         */
        double sharpness(double degrees) {
            double a = Math.toRadians(degrees), cos = Math.cos(a), sin = Math.sin(a);
            int margin = (int) Math.ceil(width * Math.abs(Math.sin(Math.toRadians(MAX_DEGREES)))) + step;
            int[] rows = new int[(height + 2 * margin) / step + 2];
            for (int i = 0; i < n; i++) {
                double projected = ys[i] * cos - xs[i] * sin;
                rows[(int) ((projected + margin) / step)]++;
            }
            double sum = 0;
            for (int r = 1; r < rows.length; r++) {
                double d = rows[r] - rows[r - 1];
                sum += d * d;
            }
            return sum;
        }
    }
}
