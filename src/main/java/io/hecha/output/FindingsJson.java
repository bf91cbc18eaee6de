package io.hecha.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.check.Finding;
import io.hecha.check.Finding.Evidence;
import io.hecha.model.Location;

import java.util.List;
import java.util.Locale;

/** Writes the findings part of the JSON contract. */
public final class FindingsJson {
    private FindingsJson() {
    }

    /** The findings as a JSON array. */
    public static ArrayNode of(List<Finding> findings) {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (Finding f : findings) a.add(finding(f));
        return a;
    }

    /** One finding. */
    public static ObjectNode finding(Finding f) {
        ObjectNode n = Json.object();
        n.put("rule", f.rule());
        n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        n.put("message", f.message());
        n.set("location", location(f.location()));
        ArrayNode ev = n.putArray("evidence");
        for (Evidence e : f.evidence()) {
            ObjectNode en = ev.addObject();
            en.put("text", e.text());
            en.set("location", location(e.location()));
        }
        ArrayNode values = n.putArray("values");
        for (String v : f.values()) values.add(v);
        n.put("expected", f.expected());
        n.put("actual", f.actual());
        return n;
    }

    /** A location: only the parts that are known. */
    public static ObjectNode location(Location l) {
        return LocationJson.of(l);
    }
}
