package io.hecha.read.pdf;

import io.hecha.read.layout.Ruling;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page's path operators into rulings: horizontal and vertical segments of stroked paths
 * and rectangle edges, and thin filled rectangles. Curves only move the current point; white
 * strokes (invisible on paper) are dropped; segments are capped per page (hostile content).
 */
final class RulingSink {
    /** The operators handled here. */
    static final List<String> OPERATORS = List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
            "B", "B*", "b", "b*", "n", "W", "W*");
    /** A filled rectangle thinner than this is a line. */
    private static final double THIN = 2.5;
    /** Slope tolerance: a segment whose ends differ by less than this is axis-parallel. */
    private static final double AXIS = 1.0;
    /** Cap on segments kept per page. */
    private static final int MAX_SEGMENTS = 50_000;

    private final List<double[]> path = new ArrayList<>();
    private List<Ruling> rulings = new ArrayList<>();
    private double left;
    private double top;
    private double cx, cy, sx, sy;

    /** Starts a page whose crop box has this lower-left x and upper-right y. */
    void start(double cropLeft, double cropTop) {
        left = cropLeft;
        top = cropTop;
        path.clear();
        rulings = new ArrayList<>();
    }

    /** The page's rulings in top-left coordinates. */
    List<Ruling> take() {
        List<Ruling> out = rulings;
        rulings = new ArrayList<>();
        path.clear();
        return out;
    }

    void abandonPath() {
        path.clear();
    }

    /** Handles one path operator with its numeric operands. */
    void operator(String op, float[] n, PdfContentEngine engine) {
        switch (op) {
            case "m" -> {
                if (n.length < 2) return;
                Point2D.Float p = engine.device(n[0], n[1]);
                cx = sx = p.x;
                cy = sy = p.y;
            }
            case "l" -> {
                if (n.length < 2) return;
                Point2D.Float p = engine.device(n[0], n[1]);
                lineTo(p.x, p.y);
            }
            case "c" -> moveAlong(n, 6, engine);
            case "v", "y" -> moveAlong(n, 4, engine);
            case "h" -> closePath();
            case "re" -> rectangle(n, engine);
            case "S" -> stroke(engine);
            case "s" -> {
                closePath();
                stroke(engine);
            }
            case "f", "F", "f*" -> fill(engine);
            case "B", "B*" -> fillAndStroke(engine);
            case "b", "b*" -> {
                closePath();
                fillAndStroke(engine);
            }
            case "n" -> path.clear();
            default -> {
                // W, W*: clipping does not draw
            }
        }
    }

    private void moveAlong(float[] n, int count, PdfContentEngine engine) {
        if (n.length < count) return;
        Point2D.Float p = engine.device(n[count - 2], n[count - 1]);
        cx = p.x;
        cy = p.y;
    }

    private void rectangle(float[] n, PdfContentEngine engine) {
        if (n.length < 4) return;
        float x = n[0], y = n[1], w = n[2], h = n[3];
        Point2D.Float p0 = engine.device(x, y), p1 = engine.device(x + w, y);
        Point2D.Float p2 = engine.device(x + w, y + h), p3 = engine.device(x, y + h);
        cx = sx = p0.x;
        cy = sy = p0.y;
        lineTo(p1.x, p1.y);
        lineTo(p2.x, p2.y);
        lineTo(p3.x, p3.y);
        closePath();
    }

    private void lineTo(double x, double y) {
        if (path.size() < MAX_SEGMENTS) path.add(new double[]{cx, cy, x, y});
        cx = x;
        cy = y;
    }

    private void closePath() {
        if (cx != sx || cy != sy) lineTo(sx, sy);
    }

    private void stroke(PdfContentEngine engine) {
        if (visible(engine.getGraphicsState().getStrokingColor())) {
            for (double[] s : path) addSegment(s);
        }
        path.clear();
    }

    private void fill(PdfContentEngine engine) {
        if (visible(engine.getGraphicsState().getNonStrokingColor())) addThinBoxes();
        path.clear();
    }

    private void fillAndStroke(PdfContentEngine engine) {
        if (visible(engine.getGraphicsState().getStrokingColor())) {
            for (double[] s : path) addSegment(s);
        } else if (visible(engine.getGraphicsState().getNonStrokingColor())) {
            addThinBoxes();
        }
        path.clear();
    }

    /** Treats the bounding box of each rectangle of the current path as a line when it is thin. */
    private void addThinBoxes() {
        if (path.isEmpty() || rulings.size() >= MAX_SEGMENTS) return;
        // a path may hold several rectangles: split at segments that do not touch the previous one
        int from = 0;
        for (int i = 1; i < path.size(); i++) {
            double[] prev = path.get(i - 1), s = path.get(i);
            if (Math.abs(prev[2] - s[0]) > 0.01 || Math.abs(prev[3] - s[1]) > 0.01) {
                emitBox(from, i);
                from = i;
            }
        }
        emitBox(from, path.size());
    }

    private void emitBox(int from, int to) {
        if (from >= to) return;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = from; i < to; i++) {
            double[] s = path.get(i);
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        double w = maxX - minX, h = maxY - minY;
        if (h <= THIN && w > h) {
            rulings.add(Ruling.horizontal(top - (minY + maxY) / 2, minX - left, maxX - left));
        } else if (w <= THIN && h > w) {
            rulings.add(Ruling.vertical((minX + maxX) / 2 - left, top - maxY, top - minY));
        }
    }

    private void addSegment(double[] s) {
        if (rulings.size() >= MAX_SEGMENTS) return;
        double x0 = s[0] - left, x1 = s[2] - left, y0 = top - s[1], y1 = top - s[3];
        if (Math.abs(y0 - y1) < AXIS && Math.abs(x1 - x0) > AXIS) {
            rulings.add(Ruling.horizontal((y0 + y1) / 2, x0, x1));
        } else if (Math.abs(x0 - x1) < AXIS && Math.abs(y1 - y0) > AXIS) {
            rulings.add(Ruling.vertical((x0 + x1) / 2, y0, y1));
        }
    }

    private static boolean visible(PDColor color) {
        if (color == null) return true;
        try {
            float[] rgb = color.getColorSpace().toRGB(color.getComponents());
            return !(rgb.length >= 3 && rgb[0] > 0.95f && rgb[1] > 0.95f && rgb[2] > 0.95f);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
