package io.hecha.read.ocr;

import java.io.IOException;

/** No text recogniser can run here: ONNX Runtime does not load and Tesseract is not installed. */
public final class OcrUnavailableException extends IOException {
    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
