package io.hecha.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.pipeline.Result;

/** The whole JSON contract for one input: schema version, the model, the extraction, the findings. */
public final class ResultJson {
    /**
     * The JSON shape's version; the schema file carries the same number. The major part changes on an
     * incompatible change, the minor part when keys are added (1.1: the {@code paragraphs} array; 1.4: {@code coverage}).
     */
    public static final String SCHEMA_VERSION = "1.4";

    private ResultJson() {
    }

    /** The JSON tree of a result. */
    public static ObjectNode of(Result r) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        DocumentJson.write(root, r.document());
        ExtractionJson.write(root, r.extraction());
        root.set("findings", FindingsJson.of(r.findings()));
        root.set("coverage", CoverageJson.of(r.coverage()));
        return root;
    }

    /** The JSON text of a result. */
    public static String text(Result r) {
        return Json.toText(of(r));
    }
}
