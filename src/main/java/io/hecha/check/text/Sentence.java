package io.hecha.check.text;

import io.hecha.check.Finding.Evidence;
import io.hecha.model.Location;

import java.util.List;

/**
 * A sentence of running text (or of a long table cell such as a 评分说明), with the numbers it
 * states.
 *
 * @param text       the sentence as printed
 * @param location   where it stands
 * @param blockIndex the index of its block in the document
 * @param amounts    the numbers stated in it, in order
 */
public record Sentence(String text, Location location, int blockIndex, List<Amount> amounts) {
    public Sentence {
        amounts = List.copyOf(amounts);
    }

    /** The sentence as evidence. */
    public Evidence evidence() {
        return new Evidence(text, location);
    }
}
