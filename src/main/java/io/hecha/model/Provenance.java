package io.hecha.model;

/**
 * Where something stands in the source.
 *
 * @param index       for DOCX the body-element index; for other formats the block's position in
 *                    reading order
 * @param sectionPath the enclosing section path (" > "-joined numbers), "" at top level
 * @param page        1-based page number when known (PDF), else null
 * @param bbox        bounding box on that page when known (PDF), else null
 */
public record Provenance(int index, String sectionPath, Integer page, BoundingBox bbox) {
    public Provenance {
        sectionPath = sectionPath == null ? "" : sectionPath;
    }

    /** Provenance with only an index. */
    public static Provenance at(int index) {
        return new Provenance(index, "", null, null);
    }

    /** A copy with another section path. */
    public Provenance withSectionPath(String path) {
        return new Provenance(index, path, page, bbox);
    }
}
