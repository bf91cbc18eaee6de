package io.hecha.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.model.Bookmark;
import io.hecha.model.BoundingBox;
import io.hecha.model.Chart;
import io.hecha.model.ChartSeries;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.OcrConfidence;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Section;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;

import java.util.List;
import java.util.Locale;

/**
 * Writes the document model's part of the JSON contract: source, sections, paragraphs (the body
 * text: every body paragraph in {@link Document#paragraphs()} order, headings included, so that
 * {@code #/paragraphs/p} references index it), tables, charts, bookmarks, diagnostics.
 */
public final class DocumentJson {
    private DocumentJson() {
    }

    /** Adds the model's keys to {@code root}. */
    public static void write(ObjectNode root, Document doc) {
        root.set("source", source(doc.source()));
        ArrayNode sections = root.putArray("sections");
        for (Section s : doc.sections()) sections.add(section(s));
        ArrayNode paragraphs = root.putArray("paragraphs");
        for (Paragraph p : doc.paragraphs()) paragraphs.add(paragraph(p));
        ArrayNode tables = root.putArray("tables");
        for (Table t : doc.tables()) tables.add(table(t));
        ArrayNode charts = root.putArray("charts");
        for (Chart c : doc.charts()) charts.add(chart(c));
        ArrayNode bookmarks = root.putArray("bookmarks");
        for (Bookmark b : doc.bookmarks()) bookmarks.add(bookmark(b, doc));
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic d : doc.diagnostics()) diags.add(diagnostic(d));
    }

    static ObjectNode source(Source s) {
        ObjectNode n = Json.object();
        n.put("fileName", s.fileName());
        n.put("sha256", s.sha256());
        n.put("format", s.format());
        n.put("mediaType", s.mediaType());
        if (s.pageCount() == null) n.putNull("pageCount");
        else n.put("pageCount", s.pageCount());
        n.put("status", s.status());
        return n;
    }

    static ObjectNode section(Section s) {
        ObjectNode n = Json.object();
        n.put("number", s.number());
        n.put("title", s.title());
        n.put("level", s.level());
        n.put("path", s.path());
        strings(n.putArray("bookmarks"), s.bookmarks());
        if (s.attachment()) n.put("attachment", true);
        n.set("provenance", provenance(s.provenance()));
        ArrayNode children = n.putArray("children");
        for (Section c : s.children()) children.add(section(c));
        return n;
    }

    static ObjectNode paragraph(Paragraph p) {
        ObjectNode n = Json.object();
        n.put("text", p.text());
        n.put("number", p.number());
        n.put("style", p.style());
        n.put("headingLevel", p.headingLevel());
        strings(n.putArray("bookmarks"), p.bookmarks());
        n.set("provenance", provenance(p.provenance()));
        return n;
    }

    static ObjectNode table(Table t) {
        ObjectNode n = Json.object();
        n.put("id", t.id());
        n.put("caption", t.caption());
        n.put("section", t.sectionPath());
        n.put("headerRows", t.headerRows());
        n.put("rowCount", t.rowCount());
        n.put("columnCount", t.columnCount());
        ArrayNode rows = n.putArray("rows");
        for (List<String> r : t.grid()) strings(rows.addArray(), r);
        ArrayNode cells = n.putArray("cells");
        for (TableCell c : t.cells()) cells.add(cell(c));
        n.set("provenance", provenance(t.provenance()));
        return n;
    }

    static ObjectNode cell(TableCell c) {
        ObjectNode n = Json.object();
        n.put("row", c.row());
        n.put("column", c.column());
        n.put("rowSpan", c.rowSpan());
        n.put("colSpan", c.colSpan());
        n.put("text", c.text());
        if (c.value() != null) n.put("value", c.value());
        if (!c.bookmarks().isEmpty()) strings(n.putArray("bookmarks"), c.bookmarks());
        if (!c.nestedTables().isEmpty()) {
            ArrayNode nested = n.putArray("tables");
            for (Table t : c.nestedTables()) nested.add(table(t));
        }
        if (c.provenance() != null && (c.provenance().page() != null || c.provenance().bbox() != null
                || !c.provenance().cell().isEmpty())) {
            n.set("provenance", provenance(c.provenance()));
        }
        return n;
    }

    static ObjectNode chart(Chart c) {
        ObjectNode n = Json.object();
        n.put("id", c.id());
        n.put("caption", c.caption());
        n.put("type", c.type());
        strings(n.putArray("categories"), c.categories());
        ArrayNode series = n.putArray("series");
        for (ChartSeries s : c.series()) {
            ObjectNode sn = series.addObject();
            sn.put("name", s.name());
            strings(sn.putArray("values"), s.values());
        }
        n.set("provenance", provenance(c.provenance()));
        return n;
    }

    static ObjectNode bookmark(Bookmark b, Document doc) {
        ObjectNode n = Json.object();
        n.put("name", b.name());
        n.put("firstBlock", b.firstBlock());
        n.put("lastBlock", b.lastBlock());
        if (b.inCell()) {
            n.put("table", b.tableId());
            n.put("row", b.row());
            n.put("column", b.column());
        } else if (b.firstBlock() >= 0 && b.firstBlock() < doc.blocks().size()
                && doc.blocks().get(b.firstBlock()) instanceof Paragraph p) {
            n.put("text", p.displayText());
        }
        return n;
    }

    static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode n = Json.object();
        n.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        n.put("code", d.code());
        n.put("message", d.message());
        if (d.where() != null) n.set("where", provenance(d.where()));
        return n;
    }

    /** Provenance as JSON: index, section path, spreadsheet cell (A1) when known, first page and bbox when known, {@code areas} (page + bbox each) when it spans pages, and {@code ocr} (confidence, uncertain character ranges) when the text was read by OCR. */
    public static ObjectNode provenance(Provenance p) {
        ObjectNode n = Json.object();
        if (p == null) return n;
        n.put("index", p.index());
        n.put("section", p.sectionPath());
        if (!p.cell().isEmpty()) n.put("cell", p.cell());
        if (p.page() != null) n.put("page", p.page());
        BoundingBox b = p.bbox();
        if (b != null) bbox(n.putArray("bbox"), b);
        if (p.areas().size() > 1) {
            ArrayNode areas = n.putArray("areas");
            for (PageArea area : p.areas()) {
                ObjectNode a = areas.addObject();
                a.put("page", area.page());
                if (area.bbox() != null) bbox(a.putArray("bbox"), area.bbox());
            }
        }
        if (p.ocr() != null) {
            ObjectNode o = n.putObject("ocr");
            o.put("confidence", java.math.BigDecimal.valueOf(Math.round(p.ocr().confidence() * 1000), 3));
            ArrayNode ranges = o.putArray("uncertain");
            for (OcrConfidence.Range r : p.ocr().uncertain()) ranges.addArray().add(r.start()).add(r.end());
        }
        return n;
    }

    static void bbox(ArrayNode a, BoundingBox b) {
        a.add(round(b.x())).add(round(b.y())).add(round(b.width())).add(round(b.height()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static void strings(ArrayNode a, List<String> values) {
        for (String v : values) a.add(v);
    }
}
