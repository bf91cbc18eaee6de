package io.hecha.read.ocr;

import io.hecha.model.Document;
import io.hecha.read.layout.Glyph;
import io.hecha.read.layout.LayoutPage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's pages after OCR: those without a text layer replaced by what was read on them.
 *
 * @param pages      every page, in order
 * @param recognized the numbers of the pages read by OCR
 */
public record ScannedPages(List<LayoutPage> pages, Set<Integer> recognized) {
    public ScannedPages {
        pages = List.copyOf(pages);
        recognized = Set.copyOf(recognized);
    }

    /**
     * The document laid out from {@link #pages} with the recogniser's confidence on each paragraph
     * and table cell of an OCR'd page ({@link io.hecha.model.Provenance#ocr()}).
     */
    public Document withConfidences(Document laidOut) {
        if (recognized.isEmpty()) return laidOut;
        Map<Integer, List<Glyph>> glyphs = new HashMap<>();
        for (LayoutPage p : pages) {
            if (recognized.contains(p.number())) glyphs.put(p.number(), p.glyphs());
        }
        return new OcrConfidences(glyphs).attach(laidOut);
    }
}
