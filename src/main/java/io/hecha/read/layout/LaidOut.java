package io.hecha.read.layout;

import io.hecha.text.WrappedLines;

import java.util.List;

/** A body block of a PDF after layout analysis: a paragraph's lines or a (joined) table. */
sealed interface LaidOut {
    /** Page where the block starts. */
    int page();

    /** A paragraph: one or more lines, possibly across a page break. */
    record Para(List<TextLine> lines) implements LaidOut {
        public Para {
            lines = List.copyOf(lines);
        }

        @Override
        public int page() {
            return lines.get(0).page();
        }

        /** The paragraph text: lines joined without spaces (a space between Latin words). */
        public String text() {
            StringBuilder b = new StringBuilder();
            for (TextLine l : lines) {
                b.append(b.length() == 0 ? l.text() : WrappedLines.joinText(b, l.text()));
            }
            return b.toString().strip();
        }
    }

    /** A table part found on one page. */
    record Tab(TablePart table) implements LaidOut {
        @Override
        public int page() {
            return table.page();
        }
    }
}
