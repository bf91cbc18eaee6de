/**
 * Text recognition of scanned pages behind {@link io.hecha.read.ocr.PageRecognizer}: rendering,
 * table rulings found in the image, PP-OCRv4 detection and recognition in ONNX Runtime (or
 * Tesseract as the fallback), and the conversion of what was read into the PDF layout's page
 * shape. Coordinates are image pixels inside, PDF points (top-left origin) at the boundary.
 */
package io.hecha.read.ocr;
