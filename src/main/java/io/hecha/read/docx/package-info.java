/**
 * The DOCX reader's parts: opening the package ({@link io.hecha.read.docx.DocxOpener}), walking the
 * body ({@link io.hecha.read.docx.BodyReader}) with styles, auto-numbering, fields, tracked changes,
 * bookmarks, tables with merged cells and chart parts. {@link io.hecha.read.DocxReader} assembles them.
 */
package io.hecha.read.docx;
