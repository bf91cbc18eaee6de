package io.hecha.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.output.FindingRow;
import io.hecha.output.Json;
import io.hecha.output.ReviewDecisions;
import io.hecha.output.SummaryRow;
import io.hecha.output.SummaryRowJson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the page needs for one report: its summary row, the document part of its JSON (sections,
 * paragraphs, tables, charts) and its findings, each with its key (for decisions), the decision
 * taken, and its places in the document ({@link TargetResolver}); for a PDF whose original is
 * still there, the page count and the scale of the rendered pages.
 */
final class ReportView {
    private static final List<String> DOCUMENT_KEYS = List.of("schemaVersion", "source", "sections", "paragraphs",
            "tables", "charts", "diagnostics");

    private ReportView() {
    }

    /** The summary row as the list shows it (no findings). */
    static ObjectNode row(ReportStore.Report r, ReviewDecisions decisions) {
        SummaryRow row = r.entry().row();
        ObjectNode n = SummaryRowJson.of(row);
        n.remove("findings");
        n.put("id", r.id());
        n.put("scope", r.scope().name().toLowerCase(java.util.Locale.ROOT));
        n.put("checked", row.status() == SummaryRow.Status.OK && row.reason().isEmpty());
        n.put("decided", decisions.of(r.entry().output()).size());
        return n;
    }

    static ObjectNode of(ReportStore.Report r, ReviewDecisions decisions, PageRenderer pages) throws HttpError {
        Path json = r.json();
        if (json == null) throw HttpError.notFound("no JSON for " + r.entry().row().file() + ": " + r.entry().row().reason());
        JsonNode doc;
        try {
            doc = Json.MAPPER.readTree(json.toFile());
        } catch (IOException e) {
            throw new HttpError(422, "cannot read " + json.getFileName() + ": " + e.getMessage());
        }
        ObjectNode view = Json.object();
        view.set("row", row(r, decisions));
        ObjectNode document = view.putObject("document");
        for (String k : DOCUMENT_KEYS) if (doc.has(k)) document.set(k, doc.get(k));

        List<FindingRow> rows = r.entry().row().findings();
        JsonNode findings = doc.path("findings");
        boolean aligned = rows.size() == findings.size();
        for (int i = 0; aligned && i < rows.size(); i++) aligned = rows.get(i).rule().equals(findings.get(i).path("rule").asText());
        TargetResolver resolver = new TargetResolver(doc);
        ArrayNode out = view.putArray("findings");
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            ObjectNode n = out.addObject();
            n.put("n", i + 1);
            for (String k : List.of("rule", "severity", "message", "expected", "actual")) n.put(k, f.path(k).asText(""));
            n.set("values", f.path("values").isArray() ? f.get("values") : Json.MAPPER.createArrayNode());
            n.set("targets", resolver.targets(f));
            if (aligned) {
                FindingRow fr = rows.get(i);
                n.put("key", fr.key());
                n.put("location", fr.location());
                ReviewDecisions.Decision d = decisions.get(r.entry().output(), fr.key());
                if (d != null) n.set("decision", decision(d));
            }
        }
        if (!aligned) view.put("decisionsUnavailable", "the JSON and the batch journal disagree (rerun hecha batch)");

        ObjectNode pageInfo = view.putObject("pages");
        JsonNode source = doc.path("source");
        if ("pdf".equals(source.path("format").asText())) {
            String why = pages.unavailable(r.entry().source(), r.entry().sha256());
            pageInfo.put("count", source.path("pageCount").asInt(0));
            pageInfo.put("scale", PageRenderer.SCALE);
            if (why == null) pageInfo.put("available", true);
            else pageInfo.put("available", false).put("why", why);
        } else {
            pageInfo.put("available", false);
        }
        return view;
    }

    static ObjectNode decision(ReviewDecisions.Decision d) {
        return Json.object().put("decision", d.verdict().id()).put("comment", d.comment()).put("decidedAt", d.decidedAt());
    }

    /** The finding row a key names in a report, or an error. */
    static FindingRow finding(ReportStore.Report r, String key) throws HttpError {
        for (FindingRow f : r.entry().row().findings()) if (f.key().equals(key)) return f;
        throw HttpError.notFound("no such finding");
    }
}
