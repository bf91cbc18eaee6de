package io.hecha.read.ocr;

import io.hecha.model.Diagnostic;
import io.hecha.model.Provenance;
import io.hecha.read.TimeAllowance;
import io.hecha.read.layout.Glyph;
import io.hecha.read.layout.LayoutPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads pages that have no text layer (scans): the page is rendered at 300 dpi, straightened when
 * it was scanned askew ({@link Deskew}), table rulings are found in the image and erased, and an OCR engine reads the rest into positioned characters,
 * each with its confidence. The result has the shape the PDF layout reads from a text layer, so
 * lines, paragraphs, headings and tables of a scan come from the same code.
 *
 * <p>Engines: PP-OCRv4 run with ONNX Runtime (models packaged on the class path), or, when ONNX
 * Runtime cannot load here, Debian's Tesseract with Chinese data. System property
 * {@code hecha.ocr.engine} = {@code onnx} or {@code tesseract} forces one. One instance serves the
 * whole process and every thread.
 */
public final class PageRecognizer {
    /** The rendering resolution. */
    public static final double DPI = 300;
    /**
     * Pages whose longer side would be more than this many pixels at {@link #DPI} (larger than A4)
     * are rendered at the resolution that gives this many: text on an oversized page is large,
     * and memory stays bounded.
     */
    private static final double MAX_SIDE = 3600;

    private final OcrEngine engine;
    private final ReadCache cache = new ReadCache(CACHED_PAGES);
    /** Pages whose reading is kept for a repeated scan (a page is some ten thousand objects at most). */
    private static final int CACHED_PAGES = 64;

    PageRecognizer(OcrEngine engine) {
        this.engine = engine;
    }

    private static final class Holder {
        static final Object SHARED = load();

        private static Object load() {
            try {
                return new PageRecognizer(engine(System.getProperty("hecha.ocr.engine", "auto")));
            } catch (OcrUnavailableException e) {
                return e;
            }
        }
    }

    /**
     * The process-wide recogniser (engines are loaded once, on first use).
     *
     * @throws OcrUnavailableException when no engine can run here, saying why for each
     */
    public static PageRecognizer shared() throws OcrUnavailableException {
        Object o = Holder.SHARED;
        if (o instanceof OcrUnavailableException e) throw new OcrUnavailableException(e.getMessage(), e);
        return (PageRecognizer) o;
    }

    static OcrEngine engine(String choice) throws OcrUnavailableException {
        String c = choice.toLowerCase(Locale.ROOT);
        IOException onnx = null;
        if (!c.equals("tesseract")) {
            try {
                return OnnxOcrEngine.load();
            } catch (IOException | LinkageError | RuntimeException e) {
                onnx = e instanceof IOException io ? io : new IOException(e.toString(), e);
                if (c.equals("onnx")) throw new OcrUnavailableException("ONNX Runtime: " + onnx.getMessage(), e);
            }
        }
        try {
            return TesseractOcrEngine.find();
        } catch (IOException e) {
            String why = (onnx == null ? "" : "ONNX Runtime: " + onnx.getMessage() + "; ") + e.getMessage();
            throw new OcrUnavailableException("no OCR engine: " + why, e);
        }
    }

    /** The engine's name, e.g. {@code PP-OCRv4 (ONNX Runtime)}. */
    public String engineName() {
        return engine.name();
    }

    /**
     * Renders page {@code pageIndex} (0-based) of the document and reads it.
     *
     * @throws IOException when the page cannot be rendered or the engine fails; an interrupted
     *                     thread (a time-out) stops it with {@link java.io.InterruptedIOException}
     */
    public RecognizedPage recognize(PDDocument doc, int pageIndex) throws IOException {
        PDRectangle crop = doc.getPage(pageIndex).getCropBox();
        double dpi = DPI;
        double side = Math.max(crop.getWidth(), crop.getHeight()) * dpi / 72;
        if (side > MAX_SIDE) dpi = DPI * MAX_SIDE / side;
        BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(pageIndex, (float) dpi, ImageType.GRAY);
        GrayImage image = GrayImage.of(rendered);
        rendered = null;
        return read(image, pageIndex + 1, crop.getWidth(), crop.getHeight(), dpi);
    }

    /**
     * The pages with every page that has no visible glyph replaced by what OCR reads on it (lay them
     * out, then give the document to {@link ScannedPages#withConfidences}); adds
     * to {@code diagnostics} an info naming the engine and the pages it read (or a warning when no
     * engine can run here, or a page could not be read, leaving such pages as they were).
     *
     * @param pages the pages as collected from the text layer, numbered from 1 in document order
     * @throws InterruptedIOException when the thread is interrupted (a time-out)
     */
    public static ScannedPages readScannedPages(PDDocument doc, List<LayoutPage> pages,
                                                List<Diagnostic> diagnostics) throws InterruptedIOException {
        List<Integer> scanned = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).glyphs().stream().allMatch(Glyph::isBlank)) scanned.add(i);
        }
        if (scanned.isEmpty()) return new ScannedPages(pages, Set.of());
        PageRecognizer recognizer;
        try {
            recognizer = shared();
        } catch (OcrUnavailableException e) {
            diagnostics.add(Diagnostic.warning("ocr.unavailable", scanned.size() + " page(s) without a text layer ("
                    + PageRanges.of(numbers(pages, scanned)) + ") could not be read: " + e.getMessage(), null));
            return new ScannedPages(pages, Set.of());
        }
        List<LayoutPage> out = new ArrayList<>(pages);
        List<Integer> read = new ArrayList<>();
        List<String> straightened = new ArrayList<>();
        int characters = 0, uncertain = 0, failures = 0;
        double confidence = 0;
        for (int i : scanned) {
            LayoutPage page = pages.get(i);
            TimeAllowance.ocrPage(); // seconds of work where a text page takes milliseconds
            try {
                RecognizedPage r = recognizer.recognize(doc, page.number() - 1);
                out.set(i, r.page());
                read.add(page.number());
                if (r.skew() != 0) straightened.add(String.format(Locale.ROOT, "%d (%.2f°)", page.number(), r.skew()));
                for (Glyph g : r.page().glyphs()) {
                    characters++;
                    confidence += g.confidence();
                    if (g.confidence() < LayoutPages.UNCERTAIN_BELOW) uncertain++;
                }
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("text recognition interrupted");
                if (failures++ < MAX_FAILURE_DIAGNOSTICS) {
                    diagnostics.add(Diagnostic.warning("ocr.page-failed", "page " + page.number()
                            + " has no text layer and OCR failed: " + e, new Provenance(0, "", page.number(), null)));
                }
            }
        }
        if (!read.isEmpty()) {
            diagnostics.add(Diagnostic.info("ocr.pages", String.format(Locale.ROOT,
                    "%d page(s) without a text layer (%s) read by OCR (%s): %d characters, mean confidence %.3f, "
                            + "%d below %.2f (uncertain)", read.size(), PageRanges.of(read), recognizer.engineName(),
                    characters, characters == 0 ? 0 : confidence / characters, uncertain, LayoutPages.UNCERTAIN_BELOW)
                            + (straightened.isEmpty() ? "" : "; scanned askew and straightened: page "
                            + String.join(", ", straightened.subList(0, Math.min(20, straightened.size())))
                            + (straightened.size() > 20 ? ", …" : "")),
                    new Provenance(0, "", read.get(0), null)));
        }
        return new ScannedPages(out, new HashSet<>(read));
    }

    private static final int MAX_FAILURE_DIAGNOSTICS = 20;

    private static List<Integer> numbers(List<LayoutPage> pages, List<Integer> indices) {
        return indices.stream().map(i -> pages.get(i).number()).toList();
    }

    RecognizedPage read(GrayImage image, int pageNumber, double width, double height, double dpi) throws IOException {
        String key = ReadCache.key(image, engine.name());
        ReadCache.Entry read = cache.get(key);
        if (read == null && !image.hasInk()) read = new ReadCache.Entry(List.of(), List.of(), 0); // a blank page
        if (read == null) {
            double skew = Deskew.angle(image);
            if (skew != 0) image = Deskew.straighten(image, skew);
            List<PixelRuling> found = new RulingFinder(dpi).find(image);
            RulingFinder.erase(image, found);
            read = new ReadCache.Entry(engine.read(image, found, dpi), found, skew);
            cache.put(key, read);
        }
        List<OcrChar> chars = read.chars();
        List<PixelRuling> lines = read.rulings();
        LayoutPage page = LayoutPages.page(pageNumber, width, height, dpi, chars, lines);
        double mean = chars.stream().mapToDouble(OcrChar::confidence).average().orElse(0);
        long uncertain = chars.stream().filter(ch -> ch.confidence() < LayoutPages.UNCERTAIN_BELOW).count();
        String message = String.format(Locale.ROOT,
                "page %d has no text layer: read by OCR (%s), %d characters, mean confidence %.3f, %d below %.2f, %d rulings%s",
                pageNumber, engine.name(), chars.size(), mean, uncertain, LayoutPages.UNCERTAIN_BELOW, lines.size(),
                read.skew() == 0 ? "" : String.format(Locale.ROOT, "; scanned askew, straightened by %.2f°", read.skew()));
        Diagnostic d = Diagnostic.info("ocr.page", message, new Provenance(0, "", pageNumber, null));
        return new RecognizedPage(page, engine.name(), d, read.skew());
    }
}
