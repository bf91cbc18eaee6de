package io.hecha.read.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit grey page image (0 black .. 255 white), row by row. Mutable: rulings are erased from it
 * before text recognition.
 */
final class GrayImage {
    final int width;
    final int height;
    final byte[] pixels;

    GrayImage(int width, int height, byte[] pixels) {
        if (pixels.length != width * height) throw new IllegalArgumentException("pixel count");
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** A copy of a rendered image as grey (any image type). */
    static GrayImage of(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.getGraphics().drawImage(image, 0, 0, null);
        }
        int w = gray.getWidth(), h = gray.getHeight();
        byte[] copy = (byte[]) gray.getRaster().getDataElements(0, 0, w, h, new byte[w * h]);
        return new GrayImage(w, h, copy);
    }

    /** The grey value at (x, y), 0..255. */
    int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** True when the pixel is ink. */
    boolean dark(int x, int y) {
        return (pixels[y * width + x] & 0xFF) < INK;
    }

    /** True when some pixel is ink. */
    boolean hasInk() {
        for (byte b : pixels) if ((b & 0xFF) < INK) return true;
        return false;
    }

    /** Grey values below this are ink. */
    static final int INK = 160;

    /** Paints a rectangle white (clipped to the image). */
    void erase(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        for (int y = y0; y < y1; y++) {
            java.util.Arrays.fill(pixels, y * width + x0, y * width + Math.max(x0, x1), (byte) 0xFF);
        }
    }

    /** The image as a Java image (for the Tesseract fallback). */
    BufferedImage toBufferedImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, data, 0, pixels.length);
        return out;
    }

    /**
     * Bilinear samples of the rectangle [x0, x1) × [y0, y1) scaled to {@code outW} × {@code outH},
     * as grey values 0..255 row by row.
     */
    float[] resample(double x0, double y0, double x1, double y1, int outW, int outH) {
        float[] out = new float[outW * outH];
        double sx = (x1 - x0) / outW, sy = (y1 - y0) / outH;
        for (int j = 0; j < outH; j++) {
            double fy = y0 + (j + 0.5) * sy - 0.5;
            int iy = (int) Math.floor(fy);
            double wy = fy - iy;
            int ya = clamp(iy, height), yb = clamp(iy + 1, height);
            for (int i = 0; i < outW; i++) {
                double fx = x0 + (i + 0.5) * sx - 0.5;
                int ix = (int) Math.floor(fx);
                double wx = fx - ix;
                int xa = clamp(ix, width), xb = clamp(ix + 1, width);
                double top = at(xa, ya) * (1 - wx) + at(xb, ya) * wx;
                double bottom = at(xa, yb) * (1 - wx) + at(xb, yb) * wx;
                out[j * outW + i] = (float) (top * (1 - wy) + bottom * wy);
            }
        }
        return out;
    }

    /**
     * Area-averaged downscale of the whole image by an integer-free factor, for text detection:
     * each output pixel is the mean of the source pixels it covers.
     */
    float[] shrink(int outW, int outH) {
        float[] out = new float[outW * outH];
        double sx = (double) width / outW, sy = (double) height / outH;
        for (int j = 0; j < outH; j++) {
            int ya = (int) (j * sy), yb = Math.max(ya + 1, Math.min(height, (int) ((j + 1) * sy)));
            for (int i = 0; i < outW; i++) {
                int xa = (int) (i * sx), xb = Math.max(xa + 1, Math.min(width, (int) ((i + 1) * sx)));
                long sum = 0;
                for (int y = ya; y < yb; y++) {
                    int row = y * width;
                    for (int x = xa; x < xb; x++) sum += pixels[row + x] & 0xFF;
                }
                out[j * outW + i] = (float) sum / ((yb - ya) * (xb - xa));
            }
        }
        return out;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : Math.min(v, n - 1);
    }
}
