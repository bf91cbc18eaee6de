/**
 * Readers: turn input bytes into a {@link io.hecha.model.Document}. {@link io.hecha.read.Readers}
 * detects the format by content and hands the input to that format's one public reader
 * ({@code read.docx}, {@code read.doc}, {@code read.pdf}, …; everything else in those packages is
 * package-private). Every reader hands its blocks to the one {@link io.hecha.read.Assembler}:
 * tables split over pages or parts joined, captions, the section tree and bookmarks, so every
 * format yields the same model. Readers with pages go through {@code read.layout} first.
 */
package io.hecha.read;
