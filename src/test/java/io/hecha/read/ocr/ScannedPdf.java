package io.hecha.read.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a scan of a PDF for tests: every page rendered to a grey image, JPEG-compressed as a
 * scanner would, and placed alone on a page of the same size, so that the result has no text
 * layer at all.
 */
public final class ScannedPdf {
    private ScannedPdf() {
    }

    /** Writes the scan of {@code source} (pages {@code first..last}, 1-based, inclusive) to {@code target}. */
    public static void write(Path source, Path target, float dpi, int first, int last) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int p = first; p <= last && p <= 10_000; p++) pages.add(p);
        write(source, target, dpi, pages);
    }

    /** Writes the scan of the listed pages (1-based; those past the end are left out) to {@code target}. */
    public static void write(Path source, Path target, float dpi, List<Integer> pages) throws IOException {
        writeAskew(source, target, dpi, pages, 0);
    }

    /**
     * Writes the scan of the listed pages with each sheet laid on the glass turned by {@code degrees}
     * (clockwise on the image; negative: anticlockwise) about its centre, white where the turn
     * brings in what lay outside the sheet (Java2D's bilinear rotation).
     */
    public static void writeAskew(Path source, Path target, float dpi, List<Integer> pages, double degrees) throws IOException {
        try (PDDocument in = Loader.loadPDF(source.toFile()); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            for (int number : pages) {
                if (number > in.getNumberOfPages()) break;
                int i = number - 1;
                PDRectangle box = in.getPage(i).getCropBox();
                BufferedImage image = turned(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), degrees);
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                out.addPage(page);
                PDImageXObject xo = JPEGFactory.createFromImage(out, image, 0.85f);
                try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                    cs.drawImage(xo, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            out.save(target.toFile());
        }
    }

    private static BufferedImage turned(BufferedImage image, double degrees) {
        if (degrees == 0) return image;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Writes the listed pages (1-based) of {@code source}, text layer and all, to {@code target}. */
    public static void cut(Path source, Path target, List<Integer> pages) throws IOException {
        try (PDDocument in = Loader.loadPDF(source.toFile()); PDDocument out = new PDDocument()) {
            for (int number : pages) out.importPage(in.getPage(number - 1));
            out.save(target.toFile());
        }
    }

    /** Command line: SOURCE TARGET [DPI [FIRST LAST | P1,P2,…]]. */
    public static void main(String[] args) throws IOException {
        float dpi = args.length > 2 ? Float.parseFloat(args[2]) : 200;
        if (args.length == 4) {
            write(Path.of(args[0]), Path.of(args[1]), dpi,
                    java.util.Arrays.stream(args[3].split(",")).map(Integer::valueOf).toList());
            return;
        }
        int first = args.length > 4 ? Integer.parseInt(args[3]) : 1;
        int last = args.length > 4 ? Integer.parseInt(args[4]) : Integer.MAX_VALUE;
        write(Path.of(args[0]), Path.of(args[1]), dpi, first, last);
    }
}
