package io.hecha.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.pipeline.Result;

/** The whole JSON contract for one input: schema version, the model, the extraction, the findings. */
public final class ResultJson {
    /**
     * The JSON shape's version; the schema file carries the same number. The major part changes on an
     * incompatible change, the minor part when keys are added (1.1: the {@code paragraphs} array).
     */
    public static final String SCHEMA_VERSION = "1.3";

    private ResultJson() {
    }

    /** The JSON tree of a result. */
    public static ObjectNode of(Result r) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        DocumentJson.write(root, r.document());
        ExtractionJson.write(root, r.extraction());
        root.set("findings", FindingsJson.of(r.findings()));
        return root;
    }

    /** The JSON text of a result. */
    public static String text(Result r) {
        return Json.toText(of(r));
    }
}
