/**
 * The PDF reader ({@link io.hecha.read.pdf.PdfReader}, the package's one public class): one pass
 * over each page's content stream (PDFBox) collects glyphs and rulings, the outline and named
 * destinations give anchors; {@link io.hecha.read.layout.PageLayout} does the rest. Coordinates
 * are PDF points with the origin at the top-left of the crop box, y growing downwards.
 */
package io.hecha.read.pdf;
