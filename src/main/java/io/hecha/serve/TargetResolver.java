package io.hecha.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.output.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in a report's JSON each finding stands: for the finding's location and each piece of
 * evidence, a reference into the document ({@code #/tables/t/cells/r/c}, {@code #/paragraphs/p} with
 * the sentence's {@code chars}, {@code #/charts/k}, {@code #/tables/t}) and, for PDFs, the page and
 * box of that cell or paragraph. A location that carries its own {@code ref} is taken as it is;
 * otherwise the table is found by its id and the sentence by its text among the paragraphs of its
 * section (then of the whole document). The indexes are built once per document, so resolving costs
 * one look-up per location plus one text search in the section.
 */
final class TargetResolver {
    private static final Pattern CELL = Pattern.compile("#/tables/(\\d+)/cells/(\\d+)/(\\d+)");
    private static final Pattern ONE = Pattern.compile("#/(tables|paragraphs|charts)/(\\d+)");
    /** A sentence cut by a page break is found by this many leading characters. */
    private static final int PREFIX = 12;

    private final JsonNode tables;
    private final JsonNode paragraphs;
    private final JsonNode charts;
    private final Map<String, Integer> tableById = new HashMap<>();
    private final Map<String, Integer> chartById = new HashMap<>();
    private final Map<String, List<Integer>> paragraphsBySection = new HashMap<>();
    private final Map<String, Integer> paragraphByBookmark = new HashMap<>();
    private final String[] squeezed;

    TargetResolver(JsonNode doc) {
        tables = doc.path("tables");
        paragraphs = doc.path("paragraphs");
        charts = doc.path("charts");
        for (int t = 0; t < tables.size(); t++) tableById.putIfAbsent(tables.get(t).path("id").asText(), t);
        for (int k = 0; k < charts.size(); k++) chartById.putIfAbsent(charts.get(k).path("id").asText(), k);
        squeezed = new String[paragraphs.size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            JsonNode para = paragraphs.get(p);
            paragraphsBySection.computeIfAbsent(para.path("provenance").path("section").asText(), s -> new ArrayList<>()).add(p);
            for (JsonNode b : para.path("bookmarks")) paragraphByBookmark.putIfAbsent(b.asText(), p);
        }
    }

    /**
     * The places of one finding: each piece of evidence, then the finding's own location when it
     * adds a place (a cell not among the evidence, or the only place known). Duplicates are dropped.
     */
    ArrayNode targets(JsonNode finding) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode e : finding.path("evidence")) {
            add(out, seen, resolve(e.path("location"), e.path("text").asText(""), "evidence"));
        }
        ObjectNode own = resolve(finding.path("location"), "", "location");
        if (own != null && (out.isEmpty() || own.path("ref").asText().contains("/cells/"))) add(out, seen, own);
        return out;
    }

    private static void add(ArrayNode out, Set<String> seen, ObjectNode t) {
        if (t == null) return;
        if (seen.add(t.path("ref").asText() + t.path("chars"))) out.add(t);
    }

    /** Where one location stands, or null when it names nothing in this document. */
    ObjectNode resolve(JsonNode loc, String text, String role) {
        if (loc == null || loc.isMissingNode() || loc.isNull()) return null;
        ObjectNode t = Json.object();
        t.put("role", role);
        if (!text.isEmpty()) t.put("text", text);
        String ref = loc.path("ref").asText("");
        if (!ref.isEmpty()) {
            t.put("ref", ref);
            if (loc.has("chars")) t.set("chars", loc.get("chars"));
        } else if (!locate(loc, text, t)) {
            return null;
        }
        String where = describe(loc);
        if (!where.isEmpty()) t.put("where", where);
        place(t);
        return t.has("ref") ? t : null;
    }

    /** Fills {@code ref} (and {@code chars}) from a location without one; false when nothing matches. */
    private boolean locate(JsonNode loc, String text, ObjectNode t) {
        String table = loc.path("table").asText("");
        if (!table.isEmpty()) {
            Integer ti = tableById.get(table);
            if (ti != null) {
                if (loc.has("row") && loc.has("column")) {
                    t.put("ref", "#/tables/" + ti + "/cells/" + loc.get("row").asInt() + "/" + loc.get("column").asInt());
                } else {
                    t.put("ref", "#/tables/" + ti);
                }
                return true;
            }
            Integer ci = chartById.get(table);
            if (ci != null) {
                t.put("ref", "#/charts/" + ci);
                return true;
            }
        }
        String section = loc.path("sectionPath").asText("");
        if (!text.isEmpty()) {
            int[] hit = findText(section, text);
            if (hit != null) {
                t.put("ref", "#/paragraphs/" + hit[0]);
                t.putArray("chars").add(hit[1]).add(hit[2]);
                return true;
            }
        }
        Integer bp = paragraphByBookmark.get(loc.path("bookmark").asText(""));
        if (bp != null) {
            t.put("ref", "#/paragraphs/" + bp);
            return true;
        }
        for (int p : paragraphsBySection.getOrDefault(section, List.of())) {
            if (paragraphs.get(p).path("headingLevel").asInt() > 0) {
                t.put("ref", "#/paragraphs/" + p);
                return true;
            }
        }
        return false;
    }

    /** The paragraph holding {@code text} and its range there: in the section first, else anywhere. */
    private int[] findText(String section, String text) {
        List<Integer> inSection = paragraphsBySection.getOrDefault(section, List.of());
        int[] hit = search(inSection, text);
        if (hit == null) {
            List<Integer> all = new ArrayList<>(paragraphs.size());
            for (int p = 0; p < paragraphs.size(); p++) all.add(p);
            hit = search(all, text);
        }
        return hit;
    }

    private int[] search(List<Integer> candidates, String text) {
        for (int p : candidates) {
            String para = paragraphs.get(p).path("text").asText("");
            int i = para.indexOf(text);
            if (i >= 0) return new int[]{p, i, i + text.length()};
        }
        // white space differs (PDF line breaks), or the sentence runs on into the next paragraph
        String want = squeeze(text);
        if (want.isEmpty()) return null;
        String head = want.substring(0, Math.min(PREFIX, want.length()));
        for (int p : candidates) {
            String para = paragraphs.get(p).path("text").asText("");
            String sq = squeezed(p, para);
            int i = sq.indexOf(want);
            int len = want.length();
            if (i < 0 && want.length() > PREFIX) {
                i = sq.indexOf(head);
                len = sq.length() - i;
            }
            if (i >= 0) return new int[]{p, original(para, i), original(para, i + len)};
        }
        return null;
    }

    private String squeezed(int p, String para) {
        if (squeezed[p] == null) squeezed[p] = squeeze(para);
        return squeezed[p];
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) b.append(s.charAt(i));
        return b.toString();
    }

    /** The position in {@code s} of the {@code n}-th non-space character (its length for the end). */
    private static int original(String s, int n) {
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) continue;
            if (seen == n) return i;
            seen++;
        }
        return s.length();
    }

    /** Adds the page and box of the element a reference names (PDF only: others carry none). */
    private void place(ObjectNode t) {
        String ref = t.path("ref").asText("");
        JsonNode prov = null;
        Matcher cell = CELL.matcher(ref);
        Matcher one = ONE.matcher(ref);
        if (cell.matches()) {
            JsonNode c = coveringCell(tables.path(Integer.parseInt(cell.group(1))),
                    Integer.parseInt(cell.group(2)), Integer.parseInt(cell.group(3)));
            if (c == null) {
                t.remove("ref");
                return;
            }
            prov = c.path("provenance");
        } else if (one.matches()) {
            JsonNode arr = switch (one.group(1)) {
                case "tables" -> tables;
                case "paragraphs" -> paragraphs;
                default -> charts;
            };
            JsonNode el = arr.path(Integer.parseInt(one.group(2)));
            if (el.isMissingNode()) {
                t.remove("ref");
                return;
            }
            prov = el.path("provenance");
        }
        if (prov == null) return;
        if (prov.has("page")) t.put("page", prov.get("page").asInt());
        if (prov.has("bbox")) t.set("bbox", prov.get("bbox"));
        if (prov.has("areas")) t.set("areas", prov.get("areas"));
    }

    /** The cell of a table that covers grid position (r, c), merged cells included. */
    static JsonNode coveringCell(JsonNode table, int r, int c) {
        for (JsonNode cell : table.path("cells")) {
            int row = cell.path("row").asInt(), col = cell.path("column").asInt();
            if (r >= row && r < row + Math.max(1, cell.path("rowSpan").asInt(1))
                    && c >= col && c < col + Math.max(1, cell.path("colSpan").asInt(1))) {
                return cell;
            }
        }
        return null;
    }

    /** The location as a person reads it: table and row/column labels, else the section (the page is the target's own). */
    private static String describe(JsonNode loc) {
        List<String> parts = new ArrayList<>();
        String table = loc.path("table").asText("");
        if (!table.isEmpty()) parts.add(table);
        String row = loc.path("rowLabel").asText(""), col = loc.path("columnLabel").asText("");
        if (!row.isEmpty()) parts.add("「" + row + "」行");
        if (!col.isEmpty()) parts.add("「" + col + "」列");
        if (parts.isEmpty()) {
            String section = loc.path("sectionPath").asText("");
            if (!section.isEmpty()) parts.add(section);
        }
        return String.join(" ", parts);
    }
}
