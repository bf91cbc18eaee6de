package io.hecha.read.ocr;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fallback recogniser: Debian's {@code tesseract} with the {@code chi_sim} data, run as a
 * process on the page image (rulings erased), its word boxes and confidences read from its TSV
 * output. Page segmentation mode 6 with interword spaces preserved reads Chinese best; each word's
 * characters share its box in proportion to their widths.
 */
final class TesseractOcrEngine implements OcrEngine {
    private static final long TIMEOUT_SECONDS = 300;
    private final String command;

    private TesseractOcrEngine(String command) {
        this.command = command;
    }

    /** The engine when {@code tesseract} runs and has Chinese data, else a failure saying why. */
    static TesseractOcrEngine find() throws IOException {
        String command = System.getProperty("hecha.tesseract", "tesseract");
        List<String> langs;
        try {
            langs = run(List.of(command, "--list-langs"), 30);
        } catch (IOException e) {
            throw new IOException("tesseract is not installed (" + e.getMessage() + ")", e);
        }
        if (!langs.contains("chi_sim")) {
            throw new IOException("tesseract has no chi_sim data (install tesseract-ocr-chi-sim)");
        }
        return new TesseractOcrEngine(command);
    }

    @Override
    public String name() {
        return "Tesseract (chi_sim)";
    }

    @Override
    public List<OcrChar> read(GrayImage image, List<PixelRuling> rulings, double dpi) throws IOException {
        Path png = Files.createTempFile("hecha-ocr-", ".png");
        try {
            ImageIO.write(image.toBufferedImage(), "png", png.toFile());
            List<String> tsv = run(List.of(command, png.toString(), "stdout", "-l", "chi_sim", "--psm", "6",
                    "--dpi", String.valueOf(Math.round(dpi)), "-c", "preserve_interword_spaces=1", "tsv"),
                    TIMEOUT_SECONDS);
            return chars(tsv);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /**
     * Characters from Tesseract's TSV: each word (level 5) split into its characters in proportion
     * to their widths, all standing on the top and bottom of the word's line (level 4), so that
     * a flat character (一) has its line's height.
     */
    static List<OcrChar> chars(List<String> tsv) {
        List<OcrChar> out = new ArrayList<>();
        double lineTop = 0, lineBottom = 0;
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !(f[0].equals("4") || f[0].equals("5"))) continue;
            int left, top, width, height;
            double conf;
            try {
                left = Integer.parseInt(f[6]);
                top = Integer.parseInt(f[7]);
                width = Integer.parseInt(f[8]);
                height = Integer.parseInt(f[9]);
                conf = Double.parseDouble(f[10]) / 100.0;
            } catch (NumberFormatException e) {
                continue;
            }
            if (f[0].equals("4")) {
                lineTop = top;
                lineBottom = top + height;
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty() || conf < 0) continue;
            double t = Math.min(lineTop, top), b = Math.max(lineBottom, top + height);
            if (b <= t || top >= lineBottom || top + height <= lineTop) { // a word outside its line: its own box
                t = top;
                b = top + height;
            }
            double units = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                units += OnnxOcrEngine.wide(Character.toString(c)) ? 2 : 1;
                i += Character.charCount(c);
            }
            double x = left, unit = width / units;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                String ch = Character.toString(c);
                double w = (OnnxOcrEngine.wide(ch) ? 2 : 1) * unit;
                out.add(new OcrChar(ch, x, x + w, t, b, Math.min(1, conf)));
                x += w;
                i += Character.charCount(c);
            }
        }
        return out;
    }

    /** Runs a command, its output going to a temporary file, waiting (interruptibly) at most the time-out. */
    private static List<String> run(List<String> cmd, long timeoutSeconds) throws IOException {
        Path out = Files.createTempFile("hecha-tesseract-", ".txt");
        Process p = null;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) throw new IOException("tesseract timed out");
            if (p.exitValue() != 0) throw new IOException("tesseract exited with " + p.exitValue());
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("tesseract interrupted");
        } finally {
            if (p != null) p.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }
}
