package io.hecha.read.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy CTC decoding of a recogniser's per-time-step class probabilities: the most likely class
 * at each step, repeats collapsed, the blank (class 0) dropped. Classes are the blank, then the
 * dictionary's characters in file order, then a space.
 */
final class CtcDecoder {
    private final String[] classes;

    CtcDecoder(List<String> keys) {
        classes = new String[keys.size() + 2];
        classes[0] = "";
        for (int i = 0; i < keys.size(); i++) classes[i + 1] = keys.get(i);
        classes[classes.length - 1] = " ";
    }

    /** Reads a dictionary of one character per line (UTF-8). */
    static CtcDecoder fromDictionary(InputStream in) throws IOException {
        List<String> keys = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty()) keys.add(line);
            }
        }
        return new CtcDecoder(keys);
    }

    /** Number of classes the recogniser's output must have. */
    int classCount() {
        return classes.length;
    }

    /**
     * One decoded character: its text, the first and last time step it was the most likely class
     * (inclusive), and its confidence (the mean of those steps' top probabilities).
     */
    record Decoded(String text, int firstStep, int lastStep, double confidence) {
    }

    /**
     * Decodes one sequence: {@code probs[offset + t * classCount + k]} is class k at step t, for
     * {@code steps} steps.
     */
    List<Decoded> decode(float[] probs, int offset, int steps) {
        int n = classes.length;
        List<Decoded> out = new ArrayList<>();
        int prev = 0, first = -1;
        double sum = 0;
        for (int t = 0; t <= steps; t++) {
            int best = 0;
            float bestP = 0;
            if (t < steps) {
                int base = offset + t * n;
                for (int k = 0; k < n; k++) {
                    float p = probs[base + k];
                    if (p > bestP) {
                        bestP = p;
                        best = k;
                    }
                }
            }
            if (t == steps || best != prev) {
                if (prev != 0) out.add(new Decoded(classes[prev], first, t - 1, sum / (t - first)));
                prev = t == steps ? 0 : best;
                first = t;
                sum = 0;
            }
            sum += bestP;
        }
        return out;
    }
}
