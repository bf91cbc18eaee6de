package io.hecha.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The post-processing of a DB (differentiable binarisation) text detector: the probability map is
 * thresholded, each 8-connected component of text pixels is a text kernel, kernels whose mean
 * probability is low are dropped, and each kernel's box is enlarged ("unclipped") by
 * {@code area × ratio / perimeter}, undoing the shrink the model was trained with.
 */
final class DbPostProcess {
    static final float PIXEL_THRESHOLD = 0.3f;
    static final double BOX_THRESHOLD = 0.5;
    static final double UNCLIP_RATIO = 1.6;
    private static final int MIN_SIDE = 3;

    private DbPostProcess() {
    }

    /**
     * Text boxes from a probability map of {@code w} × {@code h}, in map pixels, unclipped and
     * clipped to the map.
     */
    static List<TextBox> boxes(float[] prob, int w, int h) {
        byte[] seen = new byte[w * h]; // 0 unvisited, 1 visited
        int[] stack = new int[1024];
        List<TextBox> out = new ArrayList<>();
        for (int start = 0; start < prob.length; start++) {
            if (seen[start] != 0 || prob[start] <= PIXEL_THRESHOLD) continue;
            int minX = w, minY = h, maxX = -1, maxY = -1, count = 0;
            double sum = 0;
            int top = 0;
            stack[top++] = start;
            seen[start] = 1;
            while (top > 0) {
                int p = stack[--top];
                int x = p % w, y = p / w;
                count++;
                sum += prob[p];
                if (x < minX) minX = x;
                if (x > maxX) maxX = x;
                if (y < minY) minY = y;
                if (y > maxY) maxY = y;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w) continue;
                        int q = ny * w + nx;
                        if (seen[q] == 0 && prob[q] > PIXEL_THRESHOLD) {
                            seen[q] = 1;
                            if (top == stack.length) stack = java.util.Arrays.copyOf(stack, top * 2);
                            stack[top++] = q;
                        }
                    }
                }
            }
            int bw = maxX - minX + 1, bh = maxY - minY + 1;
            if (Math.min(bw, bh) < MIN_SIDE) continue;
            double score = sum / count;
            if (score < BOX_THRESHOLD) continue;
            double d = (double) bw * bh * UNCLIP_RATIO / (2.0 * (bw + bh));
            out.add(new TextBox((int) Math.floor(minX - d), (int) Math.floor(minY - d),
                    (int) Math.ceil(maxX + 1 + d), (int) Math.ceil(maxY + 1 + d), score).clip(w, h));
        }
        return out;
    }
}
