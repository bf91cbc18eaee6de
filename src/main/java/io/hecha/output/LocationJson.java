package io.hecha.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.model.Location;
import io.hecha.model.PageArea;

/**
 * Writes the one location shape of the JSON (findings, evidence, facts, extracted values): only the
 * parts that are known, {@code ref} first.
 */
public final class LocationJson {
    private LocationJson() {
    }

    /** A location as a JSON object; {@code {}} when nothing is known. */
    public static ObjectNode of(Location l) {
        ObjectNode n = Json.object();
        if (l == null) return n;
        if (!l.ref().isEmpty()) n.put("ref", l.ref());
        if (!l.sectionPath().isEmpty()) n.put("sectionPath", l.sectionPath());
        if (!l.table().isEmpty()) n.put("table", l.table());
        if (!l.caption().isEmpty()) n.put("caption", l.caption());
        if (l.row() != null) n.put("row", l.row());
        if (l.column() != null) n.put("column", l.column());
        if (!l.rowLabel().isEmpty()) n.put("rowLabel", l.rowLabel());
        if (!l.columnLabel().isEmpty()) n.put("columnLabel", l.columnLabel());
        if (l.page() != null) n.put("page", l.page());
        if (l.bbox() != null) DocumentJson.bbox(n.putArray("bbox"), l.bbox());
        if (!l.areas().isEmpty()) {
            ArrayNode a = n.putArray("areas");
            for (PageArea pa : l.areas()) {
                ObjectNode x = a.addObject();
                x.put("page", pa.page());
                if (pa.bbox() != null) DocumentJson.bbox(x.putArray("bbox"), pa.bbox());
            }
        }
        if (!l.bookmark().isEmpty()) n.put("bookmark", l.bookmark());
        if (!l.cell().isEmpty()) n.put("cell", l.cell());
        if (l.chars() != null) n.putArray("chars").add(l.chars()[0]).add(l.chars()[1]);
        return n;
    }
}
