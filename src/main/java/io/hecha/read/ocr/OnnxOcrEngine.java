package io.hecha.read.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * PP-OCRv4 (Chinese and English, mobile) run with ONNX Runtime on the CPU: detection, then
 * recognition of each detected line cut at cell borders. The models come from a jar on the class
 * path; one session per model serves every thread (ONNX Runtime sessions are thread-safe).
 */
final class OnnxOcrEngine implements OcrEngine {
    private static final String MODELS = "/models/";
    static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";
    static final String DICTIONARY = "ppocr_keys_v1.txt";
    /** Detection runs on the page at this resolution (text 9–30 px high, where DB works well). */
    private static final double DETECTION_DPI = 150;
    /** …and with its longer side at most this many pixels (an oversized page has large text). */
    private static final int DETECTION_MAX_SIDE = 2048;
    /** A recognised piece whose mean confidence is below this is noise (a stain, a stamp's edge). */
    private static final double NOISE = 0.5;

    private final TextDetector detector;
    private final TextRecognizer recognizer;

    private OnnxOcrEngine(TextDetector detector, TextRecognizer recognizer) {
        this.detector = detector;
        this.recognizer = recognizer;
    }

    /**
     * ONNX Runtime 1.29.0's native start-up crashes the whole process (SIGSEGV) on Linux when the
     * process's command line is longer than about 3,970 bytes (a long {@code -cp}); below this it
     * is not tried. Surefire, {@code java -jar} and {@code CLASSPATH} keep the command line short.
     */
    static final int MAX_COMMAND_LINE = 3900;

    /** Loads ONNX Runtime and the models; any failure (no native library, no model) is thrown. */
    static OnnxOcrEngine load() throws IOException {
        long commandLine = commandLineLength();
        if (commandLine > MAX_COMMAND_LINE) {
            throw new IOException("not started: ONNX Runtime crashes when the Java command line is longer than about "
                    + MAX_COMMAND_LINE + " bytes (this one is " + commandLine + "); put the class path in CLASSPATH or a jar manifest");
        }
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
            // idle pool threads sleep instead of spinning: the machine is shared with other documents' threads
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession det = env.createSession(resource(DETECTION), options);
            OrtSession rec = env.createSession(resource(RECOGNITION), options);
            CtcDecoder decoder;
            try (InputStream in = stream(DICTIONARY)) {
                decoder = CtcDecoder.fromDictionary(in);
            }
            return new OnnxOcrEngine(new TextDetector(env, det), new TextRecognizer(env, rec, decoder));
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime cannot load the PP-OCR models: " + e.getMessage(), e);
        }
    }

    /** The length of this process's command line (Linux), or 0 when unknown. */
    static long commandLineLength() {
        try {
            java.nio.file.Path p = java.nio.file.Path.of("/proc/self/cmdline");
            return java.nio.file.Files.isReadable(p) ? java.nio.file.Files.readAllBytes(p).length : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = OnnxOcrEngine.class.getResourceAsStream(MODELS + name);
        if (in == null) throw new IOException("model " + name + " is not on the class path");
        return in;
    }

    @Override
    public String name() {
        return "PP-OCRv4 (ONNX Runtime)";
    }

    @Override
    public List<OcrChar> read(GrayImage image, List<PixelRuling> rulings, double dpi) throws IOException {
        try {
            double scale = Math.min(1.0, Math.min(DETECTION_DPI / dpi,
                    (double) DETECTION_MAX_SIDE / Math.max(image.width, image.height)));
            List<TextBox> boxes = detector.detect(image, scale);
            boxes = new ArrayList<>(BoxSplitter.split(image, MissedInk.grown(image, boxes, dpi), rulings));
            boxes.addAll(MissedInk.boxes(image, boxes, rulings, dpi));
            List<OcrChar> out = new ArrayList<>();
            for (TextRecognizer.Line line : recognizer.recognize(image, boxes)) {
                place(image, line, out);
            }
            return out;
        } catch (OrtException e) {
            throw new IOException("text recognition failed: " + e.getMessage(), e);
        }
    }

    /**
     * Gives each character of a line its place: its centre from the time steps that read it, and
     * its edges where the ink between it and its neighbours is blank — a blank run of a fifth of
     * the line height between two Latin letters or digits is a space (a gap the layout turns into
     * one); characters with no blank between them touch, so a number stays one word. Widths where
     * no ink says otherwise: the line height for Chinese and full-width forms, about half for the rest.
     */
    static void place(GrayImage image, TextRecognizer.Line line, List<OcrChar> out) {
        List<CtcDecoder.Decoded> all = line.chars();
        if (all.isEmpty()) return;
        double mean = all.stream().mapToDouble(CtcDecoder.Decoded::confidence).average().orElse(0);
        if (mean < NOISE) return;
        TextBox b = line.box();
        int[] ink = inkRows(image, b);
        double top = ink[0], bottom = ink[1] + 1, em = Math.max(1, bottom - top);
        boolean[] inkColumn = inkColumns(image, b, ink[0], ink[1]);
        List<CtcDecoder.Decoded> chars = new ArrayList<>();
        List<Boolean> spaceBefore = new ArrayList<>();
        all = Brackets.agree(all);
        boolean space = false;
        for (CtcDecoder.Decoded d : all) {
            if (d.text().isBlank()) {
                space = true;
                continue;
            }
            chars.add(d);
            spaceBefore.add(space);
            space = false;
        }
        int n = chars.size();
        double[] centre = new double[n], x0 = new double[n], x1 = new double[n];
        for (int i = 0; i < n; i++) {
            CtcDecoder.Decoded d = chars.get(i);
            centre[i] = b.x0() + (d.firstStep() + d.lastStep() + 1) / 2.0 * line.stepWidth();
            double half = (wide(d.text()) ? 0.5 : 0.28) * em;
            x0[i] = centre[i] - half;
            x1[i] = centre[i] + half;
        }
        if (n > 0) {
            x0[0] = edge(inkColumn, b.x0(), x0[0], centre[0], true);
            x1[n - 1] = edge(inkColumn, b.x0(), x1[n - 1], centre[n - 1], false);
        }
        int[][] runs = new int[Math.max(0, n - 1)][];
        List<Integer> wordGaps = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            runs[i] = blankRun(inkColumn, b.x0(), centre[i], centre[i + 1]);
            if (isWordChar(chars.get(i).text()) && isWordChar(chars.get(i + 1).text())) {
                wordGaps.add(runs[i] == null ? 0 : runs[i][1] - runs[i][0]);
            }
        }
        double usual = median(wordGaps);
        for (int i = 0; i + 1 < n; i++) {
            int[] run = runs[i];
            boolean words = isWordChar(chars.get(i).text()) && isWordChar(chars.get(i + 1).text());
            int blank = run == null ? 0 : run[1] - run[0];
            // a space the recogniser missed: far wider than the line's usual gap between letters or digits
            boolean missed = words && blank >= 0.3 * em && blank >= 2.5 * usual;
            if (run != null && (spaceBefore.get(i + 1) || missed)) {
                x1[i] = run[0]; // a gap: where the ink stops and starts again
                x0[i + 1] = run[1];
            } else {
                double edge = run != null ? (run[0] + run[1]) / 2.0 : (x1[i] + x0[i + 1]) / 2;
                x1[i] = edge; // touching: no gap, no overlap
                x0[i + 1] = edge;
            }
        }
        for (int i = 0; i < n; i++) {
            out.add(new OcrChar(chars.get(i).text(), x0[i], Math.max(x0[i] + 1, x1[i]), top, bottom,
                    chars.get(i).confidence()));
        }
    }

    /** Columns of the box with ink between rows {@code y0..y1} (inclusive), indexed from the box's left. */
    private static boolean[] inkColumns(GrayImage image, TextBox b, int y0, int y1) {
        boolean[] ink = new boolean[b.width()];
        for (int y = y0; y <= y1; y++) {
            int row = y * image.width;
            for (int x = b.x0(); x < b.x1(); x++) {
                if ((image.pixels[row + x] & 0xFF) < GrayImage.INK) ink[x - b.x0()] = true;
            }
        }
        return ink;
    }

    /** The widest run of blank columns strictly between two page x positions, as page [start, end), or null. */
    private static int[] blankRun(boolean[] ink, int origin, double from, double to) {
        int a = Math.max(0, (int) Math.ceil(from) - origin), z = Math.min(ink.length, (int) Math.floor(to) - origin);
        int best = -1, bestLen = 0;
        for (int x = a; x < z; ) {
            if (ink[x]) {
                x++;
                continue;
            }
            int start = x;
            while (x < z && !ink[x]) x++;
            if (x - start > bestLen) {
                bestLen = x - start;
                best = start;
            }
        }
        return best < 0 ? null : new int[] {origin + best, origin + best + bestLen};
    }

    /**
     * The outer edge of a line's first ({@code left}) or last character: where its ink starts or
     * ends, when that is nearer its centre than the nominal edge or no more than a little beyond it.
     */
    private static double edge(boolean[] ink, int origin, double nominal, double centre, boolean left) {
        int c = (int) Math.round(centre) - origin;
        if (c < 0 || c >= ink.length) return nominal;
        int x = c;
        if (left) {
            int last = -1;
            for (int k = c; k >= 0 && c - k <= 2 * (centre - nominal); k--) if (ink[k]) last = k;
            x = last;
        } else {
            int last = -1;
            for (int k = c; k < ink.length && k - c <= 2 * (nominal - centre); k++) if (ink[k]) last = k + 1;
            x = last;
        }
        return x < 0 ? nominal : origin + x;
    }

    private static double median(List<Integer> values) {
        if (values.isEmpty()) return 0;
        List<Integer> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Latin letters and digits and the marks inside numbers, between which a gap is a space. */
    private static boolean isWordChar(String s) {
        char c = s.charAt(s.length() - 1);
        return (c < 0x0250 && Character.isLetterOrDigit(c)) || c == '%' || c == '.' || c == ',';
    }

    /** True for characters that take a full em: CJK, kana, hangul, full-width forms. */
    static boolean wide(String s) {
        int c = s.codePointAt(0);
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
    }

    /** The first and last row with ink inside the box (the box's own rows when blank). */
    private static int[] inkRows(GrayImage image, TextBox b) {
        int first = -1, last = -1;
        for (int y = b.y0(); y < b.y1(); y++) {
            for (int x = b.x0(); x < b.x1(); x++) {
                if (image.dark(x, y)) {
                    if (first < 0) first = y;
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? new int[] {b.y0(), b.y1() - 1} : new int[] {first, last};
    }
}
