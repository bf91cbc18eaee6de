package io.hecha.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.extract.Extraction;
import io.hecha.extract.Fact;
import io.hecha.extract.GradeBand;
import io.hecha.extract.Indicator;
import io.hecha.extract.Item;
import io.hecha.extract.LabeledRow;
import io.hecha.extract.ReportInfo;
import io.hecha.extract.TextField;
import io.hecha.extract.Value;
import io.hecha.model.Location;
import io.hecha.model.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * Writes the extraction's part of the JSON contract: {@code mapping}, {@code checks}, {@code report},
 * {@code indicators}, one key per amount table ({@code budget}, {@code fixedAssets}, {@code threePublic},
 * {@code projects}, …), {@code problems}, {@code suggestions}, {@code facts}; extraction diagnostics are
 * appended to {@code diagnostics}. Values are objects {@code {printed, value, decimals, unit, exact, where}}.
 */
public final class ExtractionJson {
    private ExtractionJson() {
    }

    /** Adds the extraction's keys to {@code root} (after the model's keys). */
    public static void write(ObjectNode root, Extraction e) {
        if (e == null) return;
        root.put("mapping", e.mapping());
        root.put("mappingVersion", e.mappingVersion());
        strings(root.putArray("checks"), e.checks());
        if (e.report() == null) root.putNull("report");
        else root.set("report", report(e.report()));
        ArrayNode ind = root.putArray("indicators");
        for (Indicator i : e.indicators()) ind.add(indicator(i));
        for (Map.Entry<String, List<LabeledRow>> t : e.tables().entrySet()) {
            if (root.has(t.getKey())) continue;
            ArrayNode rows = root.putArray(t.getKey());
            for (LabeledRow r : t.getValue()) rows.add(row(r));
        }
        ArrayNode problems = root.putArray("problems");
        for (Item i : e.problems()) problems.add(item(i));
        ArrayNode suggestions = root.putArray("suggestions");
        for (Item i : e.suggestions()) suggestions.add(item(i));
        ArrayNode facts = root.putArray("facts");
        for (Fact f : e.facts()) facts.add(fact(f));
        ArrayNode diags = root.has("diagnostics") && root.get("diagnostics").isArray()
                ? (ArrayNode) root.get("diagnostics") : root.putArray("diagnostics");
        for (Diagnostic d : e.diagnostics()) diags.add(DocumentJson.diagnostic(d));
    }

    static ObjectNode report(ReportInfo r) {
        ObjectNode n = Json.object();
        n.put("type", r.type());
        n.set("subject", text(r.subject()));
        n.set("shortName", text(r.shortName()));
        n.set("year", value(r.year()));
        n.set("score", value(r.score()));
        n.set("grade", text(r.grade()));
        n.set("evaluator", text(r.evaluator()));
        ArrayNode bands = n.putArray("gradeBands");
        for (GradeBand b : r.gradeBands()) {
            ObjectNode o = bands.addObject();
            o.put("grade", b.grade());
            if (b.lower() == null) o.putNull("lower");
            else o.put("lower", b.lower());
            o.put("lowerInclusive", b.lowerInclusive());
            if (b.upper() == null) o.putNull("upper");
            else o.put("upper", b.upper());
            o.put("upperInclusive", b.upperInclusive());
        }
        ArrayNode ss = n.putArray("scoreStatements");
        for (Value v : r.scoreStatements()) ss.add(value(v));
        ArrayNode gs = n.putArray("gradeStatements");
        for (TextField t : r.gradeStatements()) gs.add(text(t));
        return n;
    }

    static ObjectNode indicator(Indicator i) {
        ObjectNode n = Json.object();
        n.put("code", i.code());
        n.put("level1", i.level1());
        if (i.level1Weight() != null) n.set("level1Weight", value(i.level1Weight()));
        n.put("level2", i.level2());
        if (i.level2Weight() != null) n.set("level2Weight", value(i.level2Weight()));
        n.put("name", i.name());
        n.set("weight", value(i.weight()));
        n.set("score", value(i.score()));
        n.put("criteria", i.criteria());
        n.put("explanation", i.explanation());
        if (!i.target().isEmpty() || !i.actual().isEmpty()) {
            n.put("target", i.target());
            n.put("actual", i.actual());
        }
        n.set("location", where(i.where()));
        ArrayNode st = n.putArray("statements");
        for (Indicator.IndicatorStatement s : i.statements()) {
            ObjectNode o = st.addObject();
            o.put("tableId", s.tableId());
            o.put("name", s.name());
            o.set("weight", value(s.weight()));
            o.set("score", value(s.score()));
            o.set("rate", value(s.rate()));
            o.set("location", where(s.where()));
        }
        return n;
    }

    static ObjectNode row(LabeledRow r) {
        ObjectNode n = Json.object();
        n.put("label", r.label());
        n.put("level", r.level());
        n.put("total", r.total());
        ObjectNode values = n.putObject("values");
        for (Map.Entry<String, Value> e : r.values().entrySet()) values.set(e.getKey(), value(e.getValue()));
        n.set("location", where(r.where()));
        return n;
    }

    static ObjectNode item(Item i) {
        ObjectNode n = Json.object();
        n.put("headingPath", i.headingPath());
        n.put("level", i.level());
        n.put("number", i.number());
        n.put("title", i.title());
        n.put("text", i.text());
        n.put("category", i.category());
        n.set("location", where(i.where()));
        return n;
    }

    static ObjectNode fact(Fact f) {
        ObjectNode n = Json.object();
        n.put("label", f.label());
        n.set("value", value(f.value()));
        n.put("sentence", f.sentence());
        return n;
    }

    /** A value object, or JSON null. */
    static ObjectNode value(Value v) {
        if (v == null) return null;
        ObjectNode n = Json.object();
        n.put("printed", v.printed());
        n.put("value", v.value());
        n.put("decimals", v.decimals());
        n.put("unit", v.unit());
        n.put("exact", v.exact());
        n.set("location", where(v.where()));
        return n;
    }

    static ObjectNode text(TextField t) {
        if (t == null) return null;
        ObjectNode n = Json.object();
        n.put("text", t.text());
        n.set("location", where(t.where()));
        return n;
    }

    static ObjectNode where(Location w) {
        return w == null ? null : LocationJson.of(w);
    }

    private static void strings(ArrayNode a, List<String> s) {
        for (String x : s) a.add(x);
    }
}
