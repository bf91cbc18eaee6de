package io.hecha.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.index.Line;
import io.hecha.model.Location;
import io.hecha.output.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a highlighted passage, as both highlighters return it (a whole stored line: its location key,
 * then its text with matches between {@link #PRE} and {@link #POST}), into a {@link Snippet}; long
 * lines are cut to a window around the first match.
 */
public final class Snippets {
    /** Opens a match in highlighter output (a private-use character no text holds). */
    public static final String PRE = "\uE000";
    /** Closes a match. */
    public static final String POST = "\uE001";
    /** Between two passages of one field, when a highlighter joins them. */
    public static final String BETWEEN = "\uE002";
    /** Longest snippet text. */
    static final int WINDOW = 160;
    private static final int BEFORE = 40;

    private Snippets() {
    }

    /** The snippet of one highlighted passage of {@code field}. */
    public static Snippet parse(String field, String passage) {
        String raw = passage.replace(PRE, "").replace(POST, "");
        int keyLength = Line.keyLength(raw);
        Line line = Line.parse(raw);
        List<Snippet.Range> ranges = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int open = -1;
        int skip = keyLength;
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            if (c == PRE.charAt(0)) {
                open = text.length();
            } else if (c == POST.charAt(0)) {
                if (open >= 0 && text.length() > open) ranges.add(new Snippet.Range(open, text.length()));
                open = -1;
            } else if (skip > 0) {
                skip--;
            } else {
                text.append(c);
            }
        }
        return window(new Snippet(field, text.toString(), ranges, location(line.location())));
    }

    /**
     * The {@code n} best snippets of a hit: those holding more distinct matched words first, then in
     * the order given (headings, body text, tables; in reading order within each).
     */
    public static List<Snippet> best(List<Snippet> all, int n) {
        List<Snippet> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparingInt((Snippet x) -> -distinctMatches(x)));
        return List.copyOf(sorted.subList(0, Math.min(n, sorted.size())));
    }

    private static int distinctMatches(Snippet s) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Snippet.Range r : s.highlights()) words.add(s.text().substring(r.start(), r.end()));
        return words.size();
    }

    /** A long snippet cut to {@link #WINDOW} characters starting a little before its first match. */
    static Snippet window(Snippet s) {
        String t = s.text();
        if (t.length() <= WINDOW) return s;
        int first = s.highlights().isEmpty() ? 0 : s.highlights().get(0).start();
        int from = Math.max(0, Math.min(first - BEFORE, t.length() - WINDOW));
        int to = Math.min(t.length(), from + WINDOW);
        String lead = from > 0 ? "…" : "";
        String tail = to < t.length() ? "…" : "";
        List<Snippet.Range> kept = new ArrayList<>();
        for (Snippet.Range r : s.highlights()) {
            if (r.start() >= from && r.end() <= to) {
                kept.add(new Snippet.Range(r.start() - from + lead.length(), r.end() - from + lead.length()));
            }
        }
        return new Snippet(s.field(), lead + t.substring(from, to) + tail, kept, s.location());
    }

    /** The location of a line key (its JSON, as {@link io.hecha.output.LocationJson} wrote it), or {@link Location#NOWHERE}. */
    static Location location(String key) {
        if (key.isEmpty()) return Location.NOWHERE;
        try {
            JsonNode n = Json.MAPPER.readTree(key);
            return new Location(n.path("ref").asText(""), n.path("sectionPath").asText(""),
                    n.path("table").asText(""), n.path("caption").asText(""), integer(n, "row"), integer(n, "column"),
                    n.path("rowLabel").asText(""), n.path("columnLabel").asText(""), integer(n, "page"), null, List.of(),
                    n.path("bookmark").asText(""), null);
        } catch (IOException e) {
            return Location.NOWHERE;
        }
    }

    private static Integer integer(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isInt() ? v.asInt() : null;
    }
}
