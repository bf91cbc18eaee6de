/**
 * PDF reading helpers behind {@link io.hecha.read.PdfReader}: glyph and ruling collection from
 * the page content (PDFBox), line and paragraph rebuilding, running header/footer removal, the
 * lattice table finder and cross-page table joining. Coordinates are PDF points with the origin
 * at the top-left of the crop box, y growing downwards.
 */
package io.hecha.read.pdf;
