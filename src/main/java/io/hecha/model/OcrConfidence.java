package io.hecha.model;

import java.util.List;
import java.util.Objects;

/**
 * How sure a text recogniser (OCR) was of a text it read from a page image: on the provenance of
 * a paragraph or table cell read from a scan; absent for text from a text layer or a file format.
 *
 * @param confidence the lowest confidence of any character of the text, 0..1
 * @param uncertain  the character ranges of the text read with a confidence below
 *                   {@link #UNCERTAIN_BELOW}, ascending and disjoint
 */
public record OcrConfidence(double confidence, List<Range> uncertain) {
    /** A character read with less confidence than this is uncertain. */
    public static final double UNCERTAIN_BELOW = 0.9;

    public OcrConfidence {
        uncertain = List.copyOf(Objects.requireNonNull(uncertain, "uncertain"));
    }

    /** Characters {@code [start, end)} of the text (UTF-16 offsets, as {@link String#substring}). */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** True when some character in {@code [start, end)} of the text is uncertain. */
    public boolean uncertainIn(int start, int end) {
        for (Range r : uncertain) {
            if (r.start() < end && start < r.end()) return true;
        }
        return false;
    }
}
