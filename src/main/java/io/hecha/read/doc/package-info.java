/**
 * Word 97-2003 (.doc) reading with POI HWPF: paragraphs with styles, list numbers and
 * bookmarks, tables with horizontal and vertical merges, field codes resolved to their results.
 */
package io.hecha.read.doc;
