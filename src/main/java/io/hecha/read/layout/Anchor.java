package io.hecha.read.layout;

/**
 * A place the PDF names: an outline (bookmark panel) entry or a named destination.
 *
 * @param name    the outline title or the destination name
 * @param page    1-based page number
 * @param x       x of the destination (from the page's left), or NaN when the destination gives none
 * @param y       top-left y of the destination, or NaN when the destination gives none
 * @param depth   outline depth (1 for top-level entries), 0 for a named destination
 */
public record Anchor(String name, int page, double x, double y, int depth) {
    /** True for an outline entry, false for a named destination. */
    public boolean outline() {
        return depth > 0;
    }
}
