package io.hecha.read.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the horizontal and vertical segments a page draws: stroked lines and rectangle edges,
 * and thin filled rectangles (how many producers draw table borders). Curves, images and text
 * are ignored; white strokes (invisible on paper) are dropped.
 */
public final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a line. */
    private static final double THIN = 2.5;
    /** Slope tolerance: a segment whose ends differ by less than this is axis-parallel. */
    private static final double AXIS = 1.0;
    /** Cap on segments kept per page (hostile content). */
    private static final int MAX_SEGMENTS = 50_000;

    private final List<double[]> path = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final double left;
    private final double top;
    private Point2D.Double current = new Point2D.Double();
    private Point2D.Double subpathStart = new Point2D.Double();

    private RulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
    }

    /** The rulings of one page in top-left coordinates. */
    public static List<Ruling> collect(PDPage page) throws IOException {
        RulingCollector c = new RulingCollector(page);
        c.processPage(page);
        return c.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.size() < MAX_SEGMENTS) path.add(new double[]{current.x, current.y, x, y});
        current = new Point2D.Double(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current.x != subpathStart.x || current.y != subpathStart.y) {
            lineTo((float) subpathStart.x, (float) subpathStart.y);
        }
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() throws IOException {
        if (visible(getGraphicsState().getStrokingColor())) {
            for (double[] s : path) addSegment(s);
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        if (visible(getGraphicsState().getNonStrokingColor())) addThinBoxes();
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        if (visible(getGraphicsState().getStrokingColor())) {
            for (double[] s : path) addSegment(s);
        } else if (visible(getGraphicsState().getNonStrokingColor())) {
            addThinBoxes();
        }
        path.clear();
    }

    @Override
    public void clip(int windingRule) {
        // clipping does not draw
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are not rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are not rulings
    }

    /** Treats the bounding box of the current path as a line when it is thin. */
    private void addThinBoxes() {
        if (path.isEmpty() || rulings.size() >= MAX_SEGMENTS) return;
        // a path may hold several rectangles: split at segments that do not touch the previous one
        List<double[]> box = new ArrayList<>();
        for (double[] s : path) {
            if (!box.isEmpty()) {
                double[] prev = box.get(box.size() - 1);
                if (Math.abs(prev[2] - s[0]) > 0.01 || Math.abs(prev[3] - s[1]) > 0.01) {
                    emitBox(box);
                    box.clear();
                }
            }
            box.add(s);
        }
        emitBox(box);
    }

    private void emitBox(List<double[]> box) {
        if (box.isEmpty()) return;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] s : box) {
            minX = Math.min(minX, Math.min(s[0], s[2]));
            maxX = Math.max(maxX, Math.max(s[0], s[2]));
            minY = Math.min(minY, Math.min(s[1], s[3]));
            maxY = Math.max(maxY, Math.max(s[1], s[3]));
        }
        double w = maxX - minX, h = maxY - minY;
        if (h <= THIN && w > h) {
            double y = top - (minY + maxY) / 2;
            rulings.add(Ruling.horizontal(y, minX - left, maxX - left));
        } else if (w <= THIN && h > w) {
            double x = (minX + maxX) / 2 - left;
            rulings.add(Ruling.vertical(x, top - maxY, top - minY));
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
