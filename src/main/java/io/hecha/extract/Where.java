package io.hecha.extract;

/**
 * Where an extracted value was read.
 *
 * @param kind        {@code table}, {@code text} or {@code chart}
 * @param sectionPath the enclosing section path
 * @param blockIndex  index of the paragraph/table/chart in {@link io.hecha.model.Document#blocks()}
 * @param tableId     the table id ({@code 表7}) for table values, else ""
 * @param row         grid row for table values, else -1
 * @param column      grid column for table values, else -1
 * @param text        the verbatim cell text or sentence the value was read from
 * @param page        page when known
 */
public record Where(String kind, String sectionPath, int blockIndex, String tableId, int row, int column,
                   String text, Integer page) {
    public Where {
        sectionPath = sectionPath == null ? "" : sectionPath;
        tableId = tableId == null ? "" : tableId;
        text = text == null ? "" : text;
    }
}
