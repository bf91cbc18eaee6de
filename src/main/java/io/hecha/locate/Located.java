package io.hecha.locate;

import io.hecha.model.Block;
import io.hecha.model.Section;
import io.hecha.model.Table;
import io.hecha.model.TableCell;

import java.util.List;
import java.util.Objects;

/**
 * What a query found.
 *
 * @param kind    what kind of thing it is
 * @param label   a one-line description (the heading, the bookmark name, the table id)
 * @param section the section, for {@link Kind#SECTION}; else null
 * @param blocks  the blocks found, in reading order (a section's own and its sub-sections' blocks,
 *                heading included; a bookmark's paragraphs; the table)
 * @param table   the table, for {@link Kind#TABLE} and {@link Kind#CELL}; else null
 * @param cell    the cell, for {@link Kind#CELL}; else null
 */
public record Located(Kind kind, String label, Section section, List<Block> blocks, Table table, TableCell cell) {
    public Located {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        blocks = List.copyOf(blocks);
    }

    /** The kinds of thing a query can find. */
    public enum Kind {
        /** A heading's whole section. */
        SECTION,
        /** One or more body blocks (a bookmark on ordinary text). */
        BLOCKS,
        /** A table cell, with its table. */
        CELL,
        /** A table with its caption. */
        TABLE
    }
}
