package io.hecha.model;

import java.util.List;

/**
 * Where something stands in the source.
 *
 * @param index       for DOCX the body-element index; for other formats the block's position in
 *                    reading order
 * @param sectionPath the enclosing section path (" > "-joined numbers), "" at top level
 * @param areas       where it stands on the pages, in reading order: empty when the format has no
 *                    pages (DOCX, HTML), one area for most things, several when it spans pages
 * @param cell        in a spreadsheet, the cell or range it covers in A1 notation ({@code B7}, a merged
 *                    cell {@code A12:A15}, a table {@code A11:E21}) on the sheet named by the section
 *                    path; "" outside spreadsheets
 * @param ocr         how sure OCR was of the text when it was read from a page image (a scan);
 *                    {@code null} for text from a text layer or a file format
 */
public record Provenance(int index, String sectionPath, List<PageArea> areas, String cell, OcrConfidence ocr) {
    public Provenance {
        sectionPath = sectionPath == null ? "" : sectionPath;
        areas = areas == null ? List.of() : List.copyOf(areas);
        cell = cell == null ? "" : cell;
    }

    /** Provenance of text that was not read by OCR. */
    public Provenance(int index, String sectionPath, List<PageArea> areas, String cell) {
        this(index, sectionPath, areas, cell, null);
    }

    /** Provenance on pages (or none), outside spreadsheets. */
    public Provenance(int index, String sectionPath, List<PageArea> areas) {
        this(index, sectionPath, areas, "");
    }

    /** Provenance on at most one page: {@code page} null when unknown ({@code bbox} is then ignored). */
    public Provenance(int index, String sectionPath, Integer page, BoundingBox bbox) {
        this(index, sectionPath, page == null ? List.of() : List.of(new PageArea(page, bbox)));
    }

    /** Provenance with only an index. */
    public static Provenance at(int index) {
        return new Provenance(index, "", List.of());
    }

    /** The first page it stands on, or null when unknown. */
    public Integer page() {
        return areas.isEmpty() ? null : areas.get(0).page();
    }

    /** Its rectangle on the first page, or null when unknown. */
    public BoundingBox bbox() {
        return areas.isEmpty() ? null : areas.get(0).bbox();
    }

    /** A copy with another section path. */
    public Provenance withSectionPath(String path) {
        return new Provenance(index, path, areas, cell, ocr);
    }

    /** A copy saying how sure OCR was of the text ({@code null}: not read by OCR). */
    public Provenance withOcr(OcrConfidence confidence) {
        return new Provenance(index, sectionPath, areas, cell, confidence);
    }
}
