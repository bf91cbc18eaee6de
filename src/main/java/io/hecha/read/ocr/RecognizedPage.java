package io.hecha.read.ocr;

import io.hecha.model.Diagnostic;
import io.hecha.read.layout.LayoutPage;

/**
 * A page read by OCR.
 *
 * @param page       its glyphs (one per character, with the recogniser's confidence) and rulings, as the
 *                   PDF layout reads them
 * @param engine     the engine that read it
 * @param diagnostic an info diagnostic naming the engine, with counts, for the document
 * @param skew       the degrees the scan was turned by and straightened ({@link Deskew}), 0 when it lay level
 */
public record RecognizedPage(LayoutPage page, String engine, Diagnostic diagnostic, double skew) {
}
