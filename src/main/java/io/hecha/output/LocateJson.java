package io.hecha.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.locate.Located;
import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.Paragraph;
import io.hecha.model.Section;
import io.hecha.model.Table;

import java.util.Locale;

/** JSON for what {@code hecha locate} found: the query, the kind of hit, and its blocks. */
public final class LocateJson {
    private LocateJson() {
    }

    /**
     * The JSON text of a hit.
     *
     * @param file      the input's file name
     * @param queryKind {@code bookmark}, {@code heading} or {@code table}
     * @param query     the query text
     */
    public static String text(String file, String queryKind, String query, Located hit) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", ResultJson.SCHEMA_VERSION);
        root.put("file", file);
        ObjectNode q = root.putObject("query");
        q.put(queryKind, query);
        root.put("kind", hit.kind().name().toLowerCase(Locale.ROOT));
        root.put("label", hit.label());
        Section s = hit.section();
        if (s != null) {
            ObjectNode sn = root.putObject("section");
            sn.put("number", s.number());
            sn.put("title", s.title());
            sn.put("level", s.level());
            sn.put("path", s.path());
            DocumentJson.strings(sn.putArray("bookmarks"), s.bookmarks());
        }
        if (hit.cell() != null) {
            ObjectNode cn = DocumentJson.cell(hit.cell());
            cn.put("table", hit.table().id());
            root.set("cell", cn);
        }
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : hit.blocks()) blocks.add(block(b));
        return Json.toText(root);
    }

    /** One block as JSON with a {@code type} key. */
    static ObjectNode block(Block b) {
        if (b instanceof Paragraph p) {
            ObjectNode n = Json.object();
            n.put("type", "paragraph");
            n.put("number", p.number());
            n.put("text", p.text());
            n.put("style", p.style());
            n.put("headingLevel", p.headingLevel());
            DocumentJson.strings(n.putArray("bookmarks"), p.bookmarks());
            n.set("provenance", DocumentJson.provenance(p.provenance()));
            return n;
        }
        ObjectNode n = Json.object();
        if (b instanceof Table t) {
            n.put("type", "table");
            n.setAll(DocumentJson.table(t));
        } else {
            n.put("type", "chart");
            n.setAll(DocumentJson.chart((Chart) b));
        }
        return n;
    }
}
