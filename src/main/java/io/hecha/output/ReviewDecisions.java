package io.hecha.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A reviewer's decisions on findings, kept beside a batch output in {@value #FILE_NAME} and written
 * atomically: for each report (by the name of its JSON) and each finding (by {@link FindingRow#key()}),
 * confirmed or dismissed with a comment. Keyed by content, not by list position, so a rerun keeps
 * the decisions of the findings that did not change. Immutable: {@link #with} and {@link #without}
 * return a new set.
 *
 * <pre>{"version": 1, "reports": {"a.docx.json": {"&lt;key&gt;": {"decision": "dismissed",
 *   "comment": "…", "rule": "…", "location": "…", "values": ["…"], "decidedAt": "2026-…Z"}}}}</pre>
 */
public final class ReviewDecisions {
    /** The file's name in the output folder. */
    public static final String FILE_NAME = "decisions.json";

    /** A reviewer's verdict on a finding. */
    public enum Verdict {
        /** The inconsistency is real. */
        CONFIRMED,
        /** A false alarm, or not worth raising. */
        DISMISSED;

        /** The lower-case name used in the file. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The verdict for a lower-case name. */
        public static Verdict of(String id) {
            for (Verdict v : values()) if (v.id().equals(id)) return v;
            throw new IllegalArgumentException("not a decision: " + id);
        }

        /** How the summaries show it. */
        public String label() {
            return this == CONFIRMED ? "确认" : "驳回";
        }
    }

    /**
     * One decision, with what the finding was (so a person reading the file knows what was decided).
     *
     * @param verdict   confirmed or dismissed
     * @param comment   the reviewer's comment, "" when none
     * @param rule      the finding's rule
     * @param location  where it stands, as text
     * @param values    the values it compared
     * @param decidedAt when (ISO-8601 instant)
     */
    public record Decision(Verdict verdict, String comment, String rule, String location, List<String> values,
                           String decidedAt) {
        public Decision {
            Objects.requireNonNull(verdict, "verdict");
            comment = comment == null ? "" : comment;
            rule = rule == null ? "" : rule;
            location = location == null ? "" : location;
            values = List.copyOf(values);
            decidedAt = decidedAt == null ? "" : decidedAt;
        }
    }

    private static final ReviewDecisions EMPTY = new ReviewDecisions(Map.of());

    private final Map<String, Map<String, Decision>> reports;

    private ReviewDecisions(Map<String, Map<String, Decision>> reports) {
        this.reports = reports;
    }

    /** No decisions. */
    public static ReviewDecisions empty() {
        return EMPTY;
    }

    /**
     * The decisions kept in {@code dir}, empty when there is no file.
     *
     * @throws IOException when the file exists but cannot be read or is not a decisions file (the
     *                     caller must not overwrite it then: that would lose the decisions)
     */
    public static ReviewDecisions read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) return EMPTY;
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a decisions file: " + e.getMessage(), e);
        }
        if (root == null || !root.path("reports").isObject()) throw new IOException(file + ": not a decisions file (no reports)");
        Map<String, Map<String, Decision>> reports = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> r : root.path("reports").properties()) {
            Map<String, Decision> byKey = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> d : r.getValue().properties()) {
                JsonNode n = d.getValue();
                List<String> values = new ArrayList<>();
                for (JsonNode v : n.path("values")) values.add(v.asText());
                try {
                    byKey.put(d.getKey(), new Decision(Verdict.of(n.path("decision").asText()), n.path("comment").asText(),
                            n.path("rule").asText(), n.path("location").asText(), values, n.path("decidedAt").asText()));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": " + r.getKey() + ": " + e.getMessage(), e);
                }
            }
            reports.put(r.getKey(), Collections.unmodifiableMap(byKey));
        }
        return new ReviewDecisions(Collections.unmodifiableMap(reports));
    }

    /** Writes the decisions to {@code dir} atomically. */
    public void write(Path dir) throws IOException {
        ObjectNode root = Json.object();
        root.put("version", 1);
        ObjectNode rs = root.putObject("reports");
        for (Map.Entry<String, Map<String, Decision>> r : reports.entrySet()) {
            ObjectNode byKey = rs.putObject(r.getKey());
            for (Map.Entry<String, Decision> e : r.getValue().entrySet()) {
                Decision d = e.getValue();
                ObjectNode n = byKey.putObject(e.getKey());
                n.put("decision", d.verdict().id());
                n.put("comment", d.comment());
                n.put("rule", d.rule());
                n.put("location", d.location());
                ArrayNode vs = n.putArray("values");
                d.values().forEach(vs::add);
                n.put("decidedAt", d.decidedAt());
            }
        }
        AtomicFiles.write(dir.resolve(FILE_NAME), Json.toText(root).getBytes(StandardCharsets.UTF_8));
    }

    /** The decision on a report's finding, or null. */
    public Decision get(String output, String key) {
        Map<String, Decision> byKey = reports.get(output);
        return byKey == null ? null : byKey.get(key);
    }

    /** The decisions on one report's findings, by key (empty when none). */
    public Map<String, Decision> of(String output) {
        return reports.getOrDefault(output, Map.of());
    }

    /** These decisions with one set (replacing any earlier decision on the same finding). */
    public ReviewDecisions with(String output, String key, Decision d) {
        Objects.requireNonNull(d, "decision");
        Map<String, Map<String, Decision>> copy = new LinkedHashMap<>(reports);
        Map<String, Decision> byKey = new LinkedHashMap<>(reports.getOrDefault(output, Map.of()));
        byKey.put(key, d);
        copy.put(output, Collections.unmodifiableMap(byKey));
        return new ReviewDecisions(Collections.unmodifiableMap(copy));
    }

    /** These decisions without the one on a report's finding. */
    public ReviewDecisions without(String output, String key) {
        if (get(output, key) == null) return this;
        Map<String, Map<String, Decision>> copy = new LinkedHashMap<>(reports);
        Map<String, Decision> byKey = new LinkedHashMap<>(reports.get(output));
        byKey.remove(key);
        if (byKey.isEmpty()) copy.remove(output);
        else copy.put(output, Collections.unmodifiableMap(byKey));
        return new ReviewDecisions(Collections.unmodifiableMap(copy));
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return reports.isEmpty();
    }
}
