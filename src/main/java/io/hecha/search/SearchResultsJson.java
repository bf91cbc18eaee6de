package io.hecha.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.index.Fields;
import io.hecha.index.IndicatorScore;
import io.hecha.output.Json;
import io.hecha.output.LocationJson;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search results as JSON ({@code hecha search --format json}, and the web page):
 * {@code {total, millis, hits: [{id, relevance, fields, snippets: [{field, text, highlights: [[start, end]], location}],
 * indicators}], facets: {field: [{value, count}]}, warnings}}. {@code location} is the one Location shape.
 */
public final class SearchResultsJson {
    /** Keyword fields that can hold several values: always arrays. */
    private static final Set<String> MULTI = Set.of(Fields.CATEGORY, Fields.RULE, Fields.ERROR, Fields.WARNING,
            Fields.INFO, Fields.INDICATOR);

    private SearchResultsJson() {
    }

    /** The JSON tree of results. */
    public static ObjectNode of(SearchResults r) {
        ObjectNode root = Json.object();
        root.put("total", r.total());
        root.put("millis", r.millis());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : r.hits()) hits.add(hit(h));
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, List<FacetCount>> e : r.facets().entrySet()) {
            ArrayNode values = facets.putArray(e.getKey());
            for (FacetCount c : e.getValue()) values.addObject().put("value", c.value()).put("count", c.count());
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode n = Json.object();
        n.put("id", h.id());
        n.put("relevance", Math.round(h.score() * 1000) / 1000.0);
        ObjectNode fields = n.putObject("fields");
        for (String f : order(h.fields())) {
            List<String> v = h.fields().get(f);
            if (f.equals(Fields.ID)) continue;
            if (MULTI.contains(f)) {
                ArrayNode a = fields.putArray(f);
                v.forEach(a::add);
            } else if (Fields.isNumber(f)) {
                fields.put(f, new BigDecimal(v.get(0)));
            } else {
                fields.put(f, v.get(0));
            }
        }
        ArrayNode snippets = n.putArray("snippets");
        for (Snippet s : h.snippets()) snippets.add(snippet(s));
        if (!h.indicators().isEmpty()) {
            ArrayNode ind = n.putArray("indicators");
            for (IndicatorScore i : h.indicators()) {
                ObjectNode o = ind.addObject();
                o.put("name", i.name());
                if (i.weight() != null) o.put("weight", i.weight());
                if (i.score() != null) o.put("score", i.score());
                if (i.rate() != null) o.put("rate", i.rate());
            }
        }
        return n;
    }

    /** Fields in schema order (keywords, then numbers), whatever order the store returned them in. */
    private static List<String> order(Map<String, List<String>> fields) {
        List<String> out = new java.util.ArrayList<>();
        for (String f : Fields.KEYWORDS) if (fields.containsKey(f)) out.add(f);
        for (String f : Fields.NUMBERS) if (fields.containsKey(f)) out.add(f);
        for (String f : new java.util.TreeSet<>(fields.keySet())) if (!out.contains(f)) out.add(f);
        return out;
    }

    static ObjectNode snippet(Snippet s) {
        ObjectNode n = Json.object();
        n.put("field", s.field());
        n.put("text", s.text());
        ArrayNode hl = n.putArray("highlights");
        for (Snippet.Range r : s.highlights()) hl.addArray().add(r.start()).add(r.end());
        n.set("location", LocationJson.of(s.location()));
        return n;
    }

}
