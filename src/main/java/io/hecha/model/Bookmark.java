package io.hecha.model;

import java.util.Objects;

/**
 * A named bookmark and the range of blocks it covers. When it starts inside a table cell,
 * {@code tableId}, {@code row} and {@code column} say which cell.
 *
 * @param name       the bookmark name as stored (including {@code _Toc…} names)
 * @param firstBlock index in {@link Document#blocks()} of the block where it starts
 * @param lastBlock  index of the block where it ends (equal to firstBlock for one paragraph)
 * @param tableId    the table when it starts in a cell, else null
 * @param row        the cell's grid row, or -1
 * @param column     the cell's grid column, or -1
 */
public record Bookmark(String name, int firstBlock, int lastBlock, String tableId, int row, int column) {
    public Bookmark {
        Objects.requireNonNull(name, "name");
    }

    /** True when the bookmark starts in a table cell. */
    public boolean inCell() {
        return tableId != null;
    }
}
