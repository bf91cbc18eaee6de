package io.hecha.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** A summary row to and from JSON (the batch state file keeps rows so a rerun can rebuild the summaries). */
public final class SummaryRowJson {
    private SummaryRowJson() {
    }

    /** The JSON tree of a row. */
    public static ObjectNode of(SummaryRow r) {
        ObjectNode n = Json.object();
        n.put("file", r.file());
        n.put("output", r.output());
        n.put("sha256", r.sha256());
        n.put("format", r.format());
        n.put("reportType", r.reportType());
        n.put("subject", r.subject());
        n.put("year", r.year());
        n.put("score", r.score());
        n.put("grade", r.grade());
        n.put("errors", r.errors());
        n.put("warnings", r.warnings());
        n.put("status", r.status().id());
        n.put("reason", r.reason());
        n.put("checked", r.checked());
        ArrayNode fs = n.putArray("findings");
        for (FindingRow f : r.findings()) {
            ObjectNode fn = fs.addObject();
            fn.put("rule", f.rule());
            fn.put("severity", f.severity());
            fn.put("message", f.message());
            fn.put("location", f.location());
            ArrayNode vs = fn.putArray("values");
            f.values().forEach(vs::add);
            fn.put("expected", f.expected());
            fn.put("actual", f.actual());
            ArrayNode es = fn.putArray("evidence");
            for (FindingRow.EvidenceRow e : f.evidence()) es.addObject().put("text", e.text()).put("location", e.location());
            if (f.page() != null) fn.put("page", f.page());
            if (!f.bookmark().isEmpty()) fn.put("bookmark", f.bookmark());
        }
        return n;
    }

    /** The row a tree written by {@link #of} stands for. */
    public static SummaryRow parse(JsonNode n) {
        List<FindingRow> findings = new ArrayList<>();
        for (JsonNode fn : n.path("findings")) {
            List<String> values = new ArrayList<>();
            for (JsonNode v : fn.path("values")) values.add(v.asText());
            List<FindingRow.EvidenceRow> evidence = new ArrayList<>();
            for (JsonNode e : fn.path("evidence")) {
                evidence.add(new FindingRow.EvidenceRow(e.path("text").asText(), e.path("location").asText()));
            }
            findings.add(new FindingRow(fn.path("rule").asText(), fn.path("severity").asText(),
                    fn.path("message").asText(), fn.path("location").asText(), values,
                    fn.path("expected").asText(), fn.path("actual").asText(), evidence,
                    fn.hasNonNull("page") ? fn.get("page").asInt() : null, fn.path("bookmark").asText()));
        }
        return new SummaryRow(n.path("file").asText(), n.path("output").asText(), n.path("sha256").asText(),
                n.path("format").asText(), n.path("reportType").asText(), n.path("subject").asText(),
                n.path("year").asText(), n.path("score").asText(), n.path("grade").asText(),
                n.path("errors").asInt(), n.path("warnings").asInt(),
                SummaryRow.Status.of(n.path("status").asText("failed")), n.path("reason").asText(), findings,
                n.path("checked").asInt(-1));
    }
}
