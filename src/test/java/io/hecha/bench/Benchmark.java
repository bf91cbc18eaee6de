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
 * The single-thread figures are taken so that neither side is favoured by the JIT or by what else
 * the machine is doing: first {@code bench.warmups} untimed rounds over every input for all three
 * tasks (the JIT compiles for the whole mix, as in a batch, not for one file after a few runs of
 * it); then {@code bench.runs} measured rounds, each after a {@link System#gc()}, each going over
 * every input and running the pipeline and Tika back to back, in alternating order, so a burst of
 * load from elsewhere hits both. Each run's wall time, its thread's CPU time and the bytes its
 * thread allocated are recorded; the tables give medians. The peak heap of each is from one more
 * run after a GC.
 * <p>
 * Pages of a DOCX are counted from the LibreOffice rendering of the same fixture ({@code X.pdf}
 * beside {@code X.docx}), since a DOCX does not store its page count reliably.
 */
public final class Benchmark {
    private static final int WARMUPS = Integer.getInteger("bench.warmups", 5);
    private static final int RUNS = Integer.getInteger("bench.runs", 15);
    private static final int PARALLEL_DOCS = Integer.getInteger("bench.parallelDocs", 100);

    private record Input(String name, String kind, byte[] bytes, int pages) {
    }

    /** The three tasks measured on one input. */
    private record Tasks(Measure.Task full, Measure.Task tika, Measure.Task floor) {
    }

    /** Medians of one task on one input: wall and CPU milliseconds, allocated MiB. */
    private record Figures(double wallMs, double cpuMs, double allocMiB) {
        static Figures of(List<Measure.Sample> samples) {
            return new Figures(Measure.median(samples, Measure.Sample::wallNanos) / 1e6,
                    Measure.median(samples, Measure.Sample::cpuNanos) / 1e6,
                    Measure.median(samples, Measure.Sample::allocatedBytes) / 1048576.0);
        }
    }

    private record Row(String input, String kind, int pages, Figures pipeline, Figures tika, Figures floor,
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
        List<Tasks> tasks = new ArrayList<>();
        for (Input in : inputs) tasks.add(tasks(in, pipeline, tika));
        double loadBefore = Measure.loadAverage();
        for (int round = 0; round < WARMUPS; round++) {
            for (Tasks t : tasks) {
                t.full().run();
                t.tika().run();
                t.floor().run();
            }
        }
        List<List<Measure.Sample>> full = samples(inputs.size()), text = samples(inputs.size()),
                floor = samples(inputs.size());
        for (int round = 0; round < RUNS; round++) {
            System.gc();
            for (int i = 0; i < inputs.size(); i++) {
                Tasks t = tasks.get(i);
                if (round % 2 == 0) {
                    full.get(i).add(Measure.sample(t.full()));
                    text.get(i).add(Measure.sample(t.tika()));
                } else {
                    text.get(i).add(Measure.sample(t.tika()));
                    full.get(i).add(Measure.sample(t.full()));
                }
                floor.get(i).add(Measure.sample(t.floor()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            Measure.resetHeapPeak();
            tasks.get(i).full().run();
            double pPeak = Measure.heapPeakMiB();
            Measure.resetHeapPeak();
            tasks.get(i).tika().run();
            double tPeak = Measure.heapPeakMiB();
            rows.add(new Row(in.name(), in.kind(), in.pages(), Figures.of(full.get(i)), Figures.of(text.get(i)),
                    Figures.of(floor.get(i)), pPeak, tPeak));
        }
        double loadAfter = Measure.loadAverage();
        StringBuilder md = new StringBuilder();
        md.append("### Single thread (medians of ").append(RUNS).append(" interleaved rounds after ").append(WARMUPS)
                .append(" warm-up rounds over all inputs)\n\n");
        md.append("Every round runs each input's pipeline and Tika back to back (alternating which goes first) after a GC "
                + "at the round's start; CPU = the benchmark thread's CPU time (GC threads not counted), allocated = "
                + "bytes that thread allocated per run. The pipeline's process-wide caches of segmented labels "
                + "(extract.Words) are warm after the first round, as in a batch of similar forms; emptied before "
                + "every document they add about 5 % to the PDF fixtures' CPU time (measured once, 2026-12-02). ");
        md.append(String.format(Locale.ROOT, "Load average (1 min) %.2f before the warm-up, %.2f after the last round.%n%n",
                loadBefore, loadAfter));
        md.append("| input | pages | pipeline ms | Tika ms | open only ms | pipeline / Tika | pipeline CPU ms | Tika CPU ms "
                + "| CPU pipeline / Tika | allocated pipeline MiB | allocated Tika MiB | pipeline pages/s | peak heap pipeline MiB | peak heap Tika MiB |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                    r.input(), r.pages(), r.pipeline().wallMs(), r.tika().wallMs(), r.floor().wallMs(),
                    r.pipeline().wallMs() / r.tika().wallMs(), r.pipeline().cpuMs(), r.tika().cpuMs(),
                    r.pipeline().cpuMs() / r.tika().cpuMs(), r.pipeline().allocMiB(), r.tika().allocMiB(),
                    r.pages() * 1000.0 / r.pipeline().wallMs(), r.pipelinePeakMiB(), r.tikaPeakMiB()));
        }
        md.append(summary(rows, "docx", dir)).append(summary(rows, "pdf", dir));
        if (PARALLEL_DOCS > 0) md.append(parallel(inputs, pipeline));
        System.out.print(md);
    }

    private static Tasks tasks(Input in, Pipeline pipeline, AutoDetectParser tika) {
        Measure.Task full = () -> pipeline.run(new InputFile(in.name(), in.bytes(), null));
        Measure.Task text = () -> {
            BodyContentHandler h = new BodyContentHandler(-1);
            tika.parse(new ByteArrayInputStream(in.bytes()), h, new Metadata(), plainText());
        };
        Measure.Task floor = in.kind().equals("pdf")
                ? () -> { try (PDDocument d = Loader.loadPDF(in.bytes())) { d.getNumberOfPages(); } }
                : () -> { try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(in.bytes()))) { d.getBodyElements(); } };
        return new Tasks(full, text, floor);
    }

    private static List<List<Measure.Sample>> samples(int n) {
        List<List<Measure.Sample>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        return out;
    }

    private static String summary(List<Row> rows, String kind, Path dir) {
        double p = 0, t = 0, pc = 0, tc = 0, pagedMs = 0;
        int pages = 0;
        for (Row r : rows) {
            if (!r.kind().equals(kind)) continue;
            p += r.pipeline().wallMs();
            t += r.tika().wallMs();
            pc += r.pipeline().cpuMs();
            tc += r.tika().cpuMs();
            if (r.pages() > 0) {
                pages += r.pages();
                pagedMs += r.pipeline().wallMs();
            }
        }
        if (p == 0) return "";
        double limit = kind.equals("pdf") ? 1.5 : 1.2; // issue 10 item 4
        double perCoreTarget = kind.equals("pdf") ? 50 : 200;
        double pagesPerSec = pagedMs == 0 ? 0 : pages * 1000.0 / pagedMs;
        return String.format(Locale.ROOT, "%nAll %s files of `%s`, one thread: pipeline %.1f ms vs Tika %.1f ms "
                        + "(ratio **%.2f**, target ≤ %.1f: %s; CPU time %.1f vs %.1f ms, ratio %.2f); "
                        + "**%.0f pages/s** on one core (target ≥ %.0f: %s; "
                        + "pages counted over the files whose page count is known).%n",
                kind.toUpperCase(Locale.ROOT), dir, p, t, p / t, limit, p / t <= limit ? "met" : "MISSED", pc, tc, pc / tc,
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
