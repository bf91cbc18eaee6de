/**
 * Layout analysis of positioned text, shared by every reader that has pages (PDF text layers,
 * OFD, recognised scans): lines and paragraphs rebuilt from glyphs, running headers and footers
 * dropped, headings from anchors, numbers and font size, ruled (lattice) and unruled (stream)
 * tables. The public API is the input ({@link io.hecha.read.layout.LayoutPage} of
 * {@link io.hecha.read.layout.Glyph}s and {@link io.hecha.read.layout.Ruling}s, with
 * {@link io.hecha.read.layout.Anchor}s) and {@link io.hecha.read.layout.PageLayout}; the rest is
 * package-private. Coordinates are PDF points, origin top-left, y growing downwards.
 */
package io.hecha.read.layout;
