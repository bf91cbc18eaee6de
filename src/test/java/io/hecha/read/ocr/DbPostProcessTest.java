package io.hecha.read.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DbPostProcessTest {
    private static void fill(float[] map, int w, int x0, int y0, int x1, int y1, float p) {
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) map[y * w + x] = p;
    }

    @Test
    void componentsAboveTheThresholdBecomeUnclippedBoxes() {
        int w = 200, h = 100;
        float[] map = new float[w * h];
        fill(map, w, 20, 40, 120, 50, 0.9f);   // a text line's kernel: 100 × 10
        fill(map, w, 150, 40, 160, 50, 0.4f);  // weak: mean 0.4 < box threshold
        fill(map, w, 170, 10, 172, 30, 0.9f);  // 2 px wide: too thin
        List<TextBox> boxes = DbPostProcess.boxes(map, w, h);
        assertEquals(1, boxes.size(), boxes.toString());
        TextBox b = boxes.get(0);
        // d = 100 * 10 * 1.6 / (2 * 110) = 7.27: the kernel grows by about 7 px on every side
        assertEquals(12, b.x0());
        assertEquals(32, b.y0());
        assertEquals(128, b.x1());
        assertEquals(58, b.y1());
        assertTrue(b.score() > 0.89);
    }

    @Test
    void boxesAreClippedToTheMapAndDiagonalPixelsConnect() {
        int w = 50, h = 20;
        float[] map = new float[w * h];
        fill(map, w, 0, 0, 5, 5, 0.8f);
        fill(map, w, 5, 5, 10, 10, 0.8f); // touches the first one at a corner: one component
        List<TextBox> boxes = DbPostProcess.boxes(map, w, h);
        assertEquals(1, boxes.size(), boxes.toString());
        assertEquals(0, boxes.get(0).x0());
        assertEquals(0, boxes.get(0).y0());
    }
}
