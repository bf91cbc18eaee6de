package io.hecha.model;

/** A body element in reading order: a paragraph, a table or a chart. */
public sealed interface Block permits Paragraph, Table, Chart {
    /** Where the block stands in the source. */
    Provenance provenance();
}
