package io.hecha.read.ocr;

import io.hecha.read.layout.Glyph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scratch: prints what OCR reads on pages of a PDF. */
public class OcrDev {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        PageRecognizer r = PageRecognizer.shared();
        System.out.println("load " + (System.nanoTime() - t0) / 1e6 + " ms " + r.engineName());
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            for (int i = 1; i < args.length; i++) {
                int p = Integer.parseInt(args[i]);
                long t = System.nanoTime();
                long c = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
                RecognizedPage page = r.recognize(doc, p - 1);
                long c2 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
                System.out.println("page " + p + " " + (System.nanoTime() - t) / 1000000 + " ms wall, " + (c2 - c) / 1000000 + " ms cpu " + page.diagnostic().message());
                List<Glyph> gs = new ArrayList<>(page.page().glyphs());
                StringBuilder line = new StringBuilder();
                double base = -1;
                List<Integer> idx = new ArrayList<>();
                for (int k = 0; k < gs.size(); k++) idx.add(k);
                idx.sort(Comparator.comparingDouble((Integer k) -> Math.round(gs.get(k).baseline() / 3)).thenComparingDouble(k -> gs.get(k).x()));
                for (int k : idx) {
                    Glyph g = gs.get(k);
                    if (Math.abs(g.baseline() - base) > 3) {
                        if (line.length() > 0) System.out.println(line);
                        line = new StringBuilder(String.format("%6.1f ", g.baseline()));
                        base = g.baseline();
                    }
                    line.append(g.text());
                    if (g.confidence() < 0.9) line.append(String.format("{%.2f}", g.confidence()));
                }
                System.out.println(line);
                System.out.println("rulings " + page.page().rulings().size());
            }
        }
    }
}
