package io.hecha.search;

/**
 * Where a snippet stands, in the one Location shape of the JSON (keys left out when unknown).
 *
 * @param ref         {@code #/paragraphs/p}, {@code #/tables/t} or {@code #/tables/t/cells/r/c} into the report's JSON
 * @param sectionPath the enclosing section path ({@code 第二部分 > 四、 > （二）})
 * @param table       the table id ({@code 表7})
 * @param caption     the table caption
 * @param row         grid row of a cell
 * @param column      grid column of a cell
 * @param rowLabel    the row's label
 * @param columnLabel the column's label
 * @param page        the page, when the reader knows it
 * @param bookmark    a bookmark that starts there
 */
public record SnippetLocation(String ref, String sectionPath, String table, String caption, Integer row,
                              Integer column, String rowLabel, String columnLabel, Integer page, String bookmark) {
    /** Nowhere known. */
    public static final SnippetLocation NONE = new SnippetLocation("", "", "", "", null, null, "", "", null, "");
}
