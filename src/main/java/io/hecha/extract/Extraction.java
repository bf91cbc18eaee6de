package io.hecha.extract;

/**
 * What extraction read from a report. Placeholder until the mapping-driven extraction lands:
 * it carries nothing yet.
 */
public record Extraction() {
    /** The extraction of a document nothing could be read from. */
    public static Extraction empty() {
        return new Extraction();
    }
}
