package io.hecha.search;

import io.hecha.model.Location;

import java.util.List;

/**
 * A passage of a hit with its highlighted words.
 *
 * @param field      {@code titles}, {@code text} or {@code cells}
 * @param text       the passage (a heading, part of a paragraph, a caption or a cell with its labels)
 * @param highlights ranges of {@code text} that matched the query
 * @param location   where it stands (the one Location shape; {@link Location#NOWHERE} when unknown)
 */
public record Snippet(String field, String text, List<Range> highlights, Location location) {
    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** A matched range, {@code [start, end)} in the snippet's text. */
    public record Range(int start, int end) {
    }

    /** The text with each highlight between {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Range r : highlights) {
            b.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            at = r.end();
        }
        return b.append(text.substring(at)).toString();
    }
}
