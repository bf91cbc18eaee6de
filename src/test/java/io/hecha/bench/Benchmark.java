package io.hecha.bench;

import io.hecha.pipeline.Pipeline;
import io.hecha.read.InputFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * In-process benchmark of the full pipeline (read + extract + check) against Apache Tika's
 * plain-text extraction and against only opening the file with POI / PDFBox (the floor), on the
 * DOCX and PDF fixtures, one thread and all cores. Prints a Markdown section.
 * <p>
 * Pages of a DOCX are counted from the LibreOffice rendering of the same fixture ({@code X.pdf}
 * beside {@code X.docx}), since a DOCX does not store its page count reliably.
 */
public final class Benchmark {
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 3);
    private static final int RUNS = Integer.getInteger("bench.runs", 9);
    private static final int PARALLEL_DOCS = Integer.getInteger("bench.parallelDocs", 100);

    private record Input(String name, String kind, byte[] bytes, int pages) {
    }

    private record Row(String input, String kind, int pages, double pipelineMs, double tikaMs, double floorMs,
                       double pipelinePeakMiB, double tikaPeakMiB) {
    }

    /**
     * Tika's plain text without OCR: where Debian's tesseract is installed (the OCR tests install
     * it), Tika would otherwise run it on every image embedded in a DOCX, which is not plain text.
     */
    private static ParseContext plainText() {
        ParseContext context = new ParseContext();
        org.apache.tika.parser.ocr.TesseractOCRConfig ocr = new org.apache.tika.parser.ocr.TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(org.apache.tika.parser.ocr.TesseractOCRConfig.class, ocr);
        return context;
    }

    public static void main(String[] args) throws Exception {
        io.hecha.cli.HechaCommand.quietLibraryLogging();
        Path dir = Path.of(args.length > 0 ? args[0] : "fixtures");
        List<Input> inputs = inputs(dir);
        Pipeline pipeline = new Pipeline();
        AutoDetectParser tika = new AutoDetectParser();
        List<Row> rows = new ArrayList<>();
        for (Input in : inputs) {
            Measure.Task full = () -> pipeline.run(new InputFile(in.name(), in.bytes(), null));
            Measure.Task tikaText = () -> {
                BodyContentHandler h = new BodyContentHandler(-1);
                tika.parse(new ByteArrayInputStream(in.bytes()), h, new Metadata(), plainText());
            };
            Measure.Task floor = in.kind().equals("pdf")
                    ? () -> { try (PDDocument d = Loader.loadPDF(in.bytes())) { d.getNumberOfPages(); } }
                    : () -> { try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(in.bytes()))) { d.getBodyElements(); } };
            Measure.resetHeapPeak();
            double p = Measure.median(Measure.times(full, WARMUPS, RUNS)) / 1e6;
            double pPeak = Measure.heapPeakMiB();
            Measure.resetHeapPeak();
            double t = Measure.median(Measure.times(tikaText, WARMUPS, RUNS)) / 1e6;
            double tPeak = Measure.heapPeakMiB();
            double f = Measure.median(Measure.times(floor, WARMUPS, RUNS)) / 1e6;
            rows.add(new Row(in.name(), in.kind(), in.pages(), p, t, f, pPeak, tPeak));
        }
        StringBuilder md = new StringBuilder();
        md.append("### Single thread (medians of ").append(RUNS).append(" runs after ").append(WARMUPS)
                .append(" warm-ups)\n\n");
        md.append("| input | pages | full pipeline ms | Tika plain text ms | open only ms | pipeline / Tika | pipeline pages/s | peak heap pipeline MiB | peak heap Tika MiB |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f |%n",
                    r.input(), r.pages(), r.pipelineMs(), r.tikaMs(), r.floorMs(), r.pipelineMs() / r.tikaMs(),
                    r.pages() * 1000.0 / r.pipelineMs(), r.pipelinePeakMiB(), r.tikaPeakMiB()));
        }
        md.append(summary(rows, "docx")).append(summary(rows, "pdf"));
        md.append(parallel(inputs, pipeline));
        System.out.print(md);
    }

    private static String summary(List<Row> rows, String kind) {
        double p = 0, t = 0, pagedMs = 0;
        int pages = 0;
        for (Row r : rows) {
            if (!r.kind().equals(kind)) continue;
            p += r.pipelineMs();
            t += r.tikaMs();
            if (r.pages() > 0) {
                pages += r.pages();
                pagedMs += r.pipelineMs();
            }
        }
        if (p == 0) return "";
        double limit = kind.equals("pdf") ? 1.5 : 1.2; // issue 10 item 4
        double perCoreTarget = kind.equals("pdf") ? 50 : 200;
        double pagesPerSec = pagedMs == 0 ? 0 : pages * 1000.0 / pagedMs;
        return String.format(Locale.ROOT, "%nAll %s fixtures, one thread: pipeline %.1f ms vs Tika %.1f ms "
                        + "(ratio **%.2f**, target ≤ %.1f: %s); **%.0f pages/s** on one core (target ≥ %.0f: %s; "
                        + "pages counted over the fixtures whose page count is known).%n",
                kind.toUpperCase(Locale.ROOT), p, t, p / t, limit, p / t <= limit ? "met" : "MISSED",
                pagesPerSec, perCoreTarget, pagesPerSec >= perCoreTarget ? "met" : "MISSED");
    }

    private static String parallel(List<Input> inputs, Pipeline pipeline) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n### All cores (%d threads, %d documents per format)%n%n", threads, PARALLEL_DOCS));
        md.append("| format | docs/s | pages/s | pages/s per core | peak heap MiB |\n|---|---:|---:|---:|---:|\n");
        for (String kind : List.of("docx", "pdf")) {
            List<Input> of = inputs.stream().filter(i -> i.kind().equals(kind)).toList();
            if (of.isEmpty()) continue;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Measure.resetHeapPeak();
            long pages = 0;
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < PARALLEL_DOCS; i++) {
                Input in = of.get(i % of.size());
                pages += in.pages();
                fs.add(pool.submit(() -> pipeline.run(new InputFile(in.name(), in.bytes(), null))));
            }
            for (Future<?> f : fs) f.get();
            double secs = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.0f | %.0f |%n", kind, PARALLEL_DOCS / secs,
                    pages / secs, pages / secs / threads, Measure.heapPeakMiB()));
        }
        return md.toString();
    }

    private static List<Input> inputs(Path dir) throws Exception {
        List<Input> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".docx")) {
                    Path pdf = dir.resolve(n.substring(0, n.length() - 5) + ".pdf");
                    out.add(new Input(n, "docx", Files.readAllBytes(p), Files.exists(pdf) ? pdfPages(pdf) : 0));
                } else if (n.endsWith(".pdf")) {
                    out.add(new Input(n, "pdf", Files.readAllBytes(p), pdfPages(p)));
                }
            }
        }
        return out;
    }

    private static int pdfPages(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }
}
