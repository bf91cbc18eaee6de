package io.hecha.read.ocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The skew of a page image drawn turned by a known angle with Java2D (lines of text as rows of
 * short dashes, and a ruled table), and the table's rulings found again once it is straightened.
 */
class DeskewTest {
    private static final int W = 1654, H = 2339; // A4 at 200 dpi

    /** A page with 30 lines of "text" and a 6 × 4 ruled table, turned by {@code degrees}. */
    private static GrayImage page(double degrees) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.rotate(Math.toRadians(degrees), W / 2.0, H / 2.0);
        g.setColor(Color.BLACK);
        for (int line = 0; line < 30; line++) {
            int y = 150 + line * 40;
            for (int x = 160; x < W - 160; x += 34) g.fillRect(x, y, 26, 24);
        }
        g.setStroke(new BasicStroke(3));
        int top = 1500, left = 160, right = W - 160, rowH = 90;
        for (int r = 0; r <= 6; r++) g.drawLine(left, top + r * rowH, right, top + r * rowH);
        for (int c = 0; c <= 4; c++) {
            int x = left + c * (right - left) / 4;
            g.drawLine(x, top, x, top + 6 * rowH);
        }
        g.dispose();
        return GrayImage.of(img);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-4, -1.2, -0.4, 0.6, 1.5, 3})
    void theSkewIsMeasuredWithinFiveHundredthsOfADegree(double degrees) {
        assertEquals(degrees, Deskew.angle(page(degrees)), 0.05);
    }

    @Test
    void aLevelPageAndABlankOneAreLeftAlone() {
        assertEquals(0, Deskew.angle(page(0)));
        assertEquals(0, Deskew.angle(page(0.05)), "below the smallest skew worth a turn");
        assertEquals(0, Deskew.angle(new GrayImage(400, 600, filled(400 * 600))));
    }

    @Test
    void theRulingsOfATableTurnedBy1Point5DegreesAreFoundOnceStraightened() {
        GrayImage askew = page(1.5);
        List<PixelRuling> before = new RulingFinder(200).find(askew);
        GrayImage level = Deskew.straighten(askew, Deskew.angle(askew));
        List<PixelRuling> after = new RulingFinder(200).find(level);
        long horizontal = after.stream().filter(PixelRuling::horizontal).count();
        long vertical = after.size() - horizontal;
        assertTrue(horizontal >= 7 && vertical >= 5, "after: " + after);
        assertTrue(before.size() < after.size(), "before: " + before.size() + ", after: " + after.size());
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) 0xFF);
        return b;
    }
}
