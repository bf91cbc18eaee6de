package io.hecha.read.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PP-OCR text detection (a DB model): the page, scaled down and normalised like the ImageNet
 * images the backbone was trained on, goes in; a text probability map of the same size comes out
 * and {@link DbPostProcess} turns it into boxes, which are scaled back to page pixels.
 */
final class TextDetector {
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String input;

    TextDetector(OrtEnvironment env, OrtSession session) {
        this.env = env;
        this.session = session;
        this.input = session.getInputNames().iterator().next();
    }

    /**
     * Text boxes of the image, in its pixels; detection runs on the image scaled by {@code scale}
     * (sides rounded to multiples of 32, as the model needs).
     */
    List<TextBox> detect(GrayImage image, double scale) throws OrtException {
        int w = Math.max(32, (int) Math.round(image.width * scale / 32) * 32);
        int h = Math.max(32, (int) Math.round(image.height * scale / 32) * 32);
        float[] gray = image.shrink(w, h);
        float[] data = new float[3 * w * h];
        int plane = w * h;
        for (int c = 0; c < 3; c++) {
            float m = MEAN[c], s = STD[c];
            for (int i = 0; i < plane; i++) data[c * plane + i] = (gray[i] / 255f - m) / s;
        }
        float[] prob = new float[plane];
        try (OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), new long[] {1, 3, h, w});
             OrtSession.Result r = session.run(Map.of(input, t))) {
            ((OnnxTensor) r.get(0)).getFloatBuffer().get(prob);
        }
        double sx = (double) image.width / w, sy = (double) image.height / h;
        List<TextBox> out = new ArrayList<>();
        for (TextBox b : DbPostProcess.boxes(prob, w, h)) {
            out.add(new TextBox((int) Math.floor(b.x0() * sx), (int) Math.floor(b.y0() * sy),
                    (int) Math.ceil(b.x1() * sx), (int) Math.ceil(b.y1() * sy), b.score())
                    .clip(image.width, image.height));
        }
        return out;
    }
}
