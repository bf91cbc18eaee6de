package io.hecha.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.InterruptedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * PP-OCR text recognition (an SVTR/CRNN model with a CTC head): each text box is scaled to a
 * height of 48 pixels, normalised to (x / 255 − 0.5) / 0.5 on three equal channels, padded to the
 * batch's width, and the per-step class probabilities are decoded greedily by {@link CtcDecoder}.
 * Boxes of similar shape are batched, as PaddleOCR does.
 */
final class TextRecognizer {
    static final int HEIGHT = 48;
    /** Inputs are padded to at least the width the model was trained with (as PaddleOCR does): short
     *  pieces (a lone 0 in a cell) read far more surely with it. */
    private static final int MIN_WIDTH = 320;
    private static final int BATCH = 8;
    private static final int MAX_WIDTH = 3200;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;
    private final CtcDecoder decoder;

    TextRecognizer(OrtEnvironment env, OrtSession session, CtcDecoder decoder) {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
        this.decoder = decoder;
    }

    /**
     * What a box read as: the decoded characters, and the scale from model input pixels back to
     * page pixels along the line ({@code stepWidth} page pixels per time step).
     */
    record Line(TextBox box, List<CtcDecoder.Decoded> chars, double stepWidth) {
    }

    /** Reads every box of the image (in the boxes' order). */
    List<Line> recognize(GrayImage image, List<TextBox> boxes) throws OrtException, InterruptedIOException {
        Line[] out = new Line[boxes.size()];
        Integer[] order = new Integer[boxes.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> ratio(boxes.get(i))));
        for (int from = 0; from < order.length; from += BATCH) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("text recognition interrupted");
            int to = Math.min(order.length, from + BATCH);
            List<TextBox> batch = new ArrayList<>();
            for (int k = from; k < to; k++) batch.add(boxes.get(order[k]));
            List<Line> lines = batch(image, batch);
            for (int k = from; k < to; k++) out[order[k]] = lines.get(k - from);
        }
        return Arrays.asList(out);
    }

    private List<Line> batch(GrayImage image, List<TextBox> boxes) throws OrtException {
        int n = boxes.size();
        int width = MIN_WIDTH;
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = Math.min(MAX_WIDTH, Math.max(1, (int) Math.ceil(HEIGHT * ratio(boxes.get(i)))));
            width = Math.max(width, widths[i]);
        }
        int plane = HEIGHT * width;
        float[] data = new float[n * 3 * plane]; // zero = the padding PaddleOCR uses
        for (int i = 0; i < n; i++) {
            TextBox b = boxes.get(i);
            float[] g = image.resample(b.x0(), b.y0(), b.x1(), b.y1(), widths[i], HEIGHT);
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < widths[i]; x++) {
                    float v = (g[y * widths[i] + x] / 255f - 0.5f) / 0.5f;
                    int at = y * width + x;
                    data[(i * 3) * plane + at] = v;
                    data[(i * 3 + 1) * plane + at] = v;
                    data[(i * 3 + 2) * plane + at] = v;
                }
            }
        }
        List<Line> out = new ArrayList<>(n);
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), new long[] {n, 3, HEIGHT, width});
             OrtSession.Result r = session.run(Map.of(input, t))) {
            OnnxTensor o = (OnnxTensor) r.get(0);
            long[] shape = o.getInfo().getShape();
            int steps = (int) shape[1];
            if (shape[2] != decoder.classCount()) {
                throw new IllegalStateException("recogniser has " + shape[2] + " classes, dictionary "
                        + decoder.classCount());
            }
            float[] probs = new float[(int) (shape[0] * shape[1] * shape[2])];
            o.getFloatBuffer().get(probs);
            double inputPerStep = (double) width / steps;
            for (int i = 0; i < n; i++) {
                TextBox b = boxes.get(i);
                double pagePerInput = (double) b.width() / widths[i];
                out.add(new Line(b, decoder.decode(probs, i * steps * decoder.classCount(), steps),
                        inputPerStep * pagePerInput));
            }
        }
        return out;
    }

    private static double ratio(TextBox b) {
        return (double) b.width() / Math.max(1, b.height());
    }
}
