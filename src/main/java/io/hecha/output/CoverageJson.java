package io.hecha.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.interpret.relation.Coverage;

/**
 * The JSON of a document's coverage: {@code {"status": "checked", "relations": 214, "tables": 9,
 * "sentences": 31, "byRule": {...}, "byTable": {"#/tables/3": 20, ...}}}, with {@code "reason"} when the
 * status is {@code not-checked}.
 */
public final class CoverageJson {
    private CoverageJson() {
    }

    /** The JSON object of a coverage. */
    public static ObjectNode of(Coverage c) {
        ObjectNode n = Json.object();
        n.put("status", c.status());
        if (c.notChecked() != null) n.put("reason", c.notChecked());
        n.put("relations", c.relations());
        n.put("tables", c.tables());
        n.put("sentences", c.sentences());
        ObjectNode rules = n.putObject("byRule");
        c.byRule().forEach(rules::put);
        ObjectNode tables = n.putObject("byTable");
        c.byTable().forEach((t, k) -> tables.put("#/tables/" + t, k));
        return n;
    }
}
