package io.hecha.model;

/**
 * One place on one page: the 1-based page number and, when known, the rectangle there.
 * A thing that spans pages (a table, or a merged cell cut by a page break) has one area per page.
 *
 * @param page 1-based page number
 * @param bbox the rectangle on that page, or null when only the page is known
 */
public record PageArea(int page, BoundingBox bbox) {
    public PageArea {
        if (page < 1) throw new IllegalArgumentException("page must be >= 1: " + page);
    }
}
