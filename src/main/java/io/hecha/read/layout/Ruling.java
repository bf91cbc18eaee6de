package io.hecha.read.layout;

/**
 * A horizontal or vertical line segment drawn on a page (a stroked line or a thin filled
 * rectangle), as table rulings are.
 *
 * @param horizontal true for a horizontal segment
 * @param position   its y when horizontal, its x when vertical
 * @param start      the smaller other coordinate (x for horizontal, y for vertical)
 * @param end        the larger other coordinate
 */
public record Ruling(boolean horizontal, double position, double start, double end) {
    public Ruling {
        if (end < start) {
            double t = start;
            start = end;
            end = t;
        }
    }

    /** A horizontal segment at y from x0 to x1. */
    public static Ruling horizontal(double y, double x0, double x1) {
        return new Ruling(true, y, x0, x1);
    }

    /** A vertical segment at x from y0 to y1. */
    public static Ruling vertical(double x, double y0, double y1) {
        return new Ruling(false, x, y0, y1);
    }

    /** Length along the segment. */
    public double length() {
        return end - start;
    }

    /** True when this segment covers the interval [a, b] (within a tolerance). */
    public boolean covers(double a, double b, double tolerance) {
        return start - tolerance <= a && end + tolerance >= b;
    }
}
