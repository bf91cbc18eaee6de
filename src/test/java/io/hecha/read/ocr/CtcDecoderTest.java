package io.hecha.read.ocr;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CtcDecoderTest {
    /** Classes: 0 blank, 1 "1", 2 "2", 3 "%", 4 space. */
    private final CtcDecoder decoder = new CtcDecoder(List.of("1", "2", "%"));

    /** One row per time step: the top class and its probability (the rest shared out). */
    private static float[] steps(int[][] top, double[] p) {
        float[] probs = new float[top.length * 5];
        for (int t = 0; t < top.length; t++) {
            for (int k = 0; k < 5; k++) probs[t * 5 + k] = (float) ((1 - p[t]) / 4);
            probs[t * 5 + top[t][0]] = (float) p[t];
        }
        return probs;
    }

    @Test
    void repeatsCollapseBlanksSeparateAndTheLastClassIsASpace() {
        // 1 1 _ 1 2 _ space %  →  "11", "2", " ", "%"
        int[][] top = {{1}, {1}, {0}, {1}, {2}, {0}, {4}, {3}};
        double[] p = {0.9, 0.7, 0.99, 0.8, 0.6, 0.99, 0.95, 0.5};
        List<CtcDecoder.Decoded> d = decoder.decode(steps(top, p), 0, top.length);
        assertEquals(List.of("1", "1", "2", " ", "%"), d.stream().map(CtcDecoder.Decoded::text).toList());
        assertEquals(0, d.get(0).firstStep());
        assertEquals(1, d.get(0).lastStep());
        assertEquals(0.8, d.get(0).confidence(), 1e-6); // mean of its steps
        assertEquals(3, d.get(1).firstStep());
        assertEquals(0.6, d.get(2).confidence(), 1e-6);
        assertEquals(0.5, d.get(4).confidence(), 1e-6);
        assertEquals(5, decoder.classCount());
    }

    @Test
    void decodesOneSequenceOfABatchAndReadsTheDictionary() throws Exception {
        CtcDecoder fromFile = CtcDecoder.fromDictionary(new ByteArrayInputStream("1\n2\n%\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, fromFile.classCount());
        float[] first = steps(new int[][] {{1}, {0}}, new double[] {0.9, 0.9});
        float[] second = steps(new int[][] {{0}, {3}}, new double[] {0.9, 0.9});
        float[] batch = new float[first.length + second.length];
        System.arraycopy(first, 0, batch, 0, first.length);
        System.arraycopy(second, 0, batch, first.length, second.length);
        assertEquals(List.of("%"), fromFile.decode(batch, first.length, 2).stream().map(CtcDecoder.Decoded::text).toList());
        assertEquals(List.of(), fromFile.decode(new float[10], 0, 2)); // all blank
    }
}
