package io.hecha.read.ocr;

import java.io.IOException;
import java.util.List;

/** A text recogniser for a whole page image. Implementations are thread-safe. */
interface OcrEngine {
    /** A name for diagnostics, e.g. {@code PP-OCRv4 (ONNX Runtime)}. */
    String name();

    /**
     * The characters on a page image from which the rulings were already erased; {@code rulings}
     * tell where cells end, so that no recognised piece of text runs across a cell border.
     */
    List<OcrChar> read(GrayImage image, List<PixelRuling> rulings, double dpi) throws IOException;
}
