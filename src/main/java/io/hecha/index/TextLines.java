package io.hecha.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.index.analysis.HanlpTokenizer;
import io.hecha.model.Location;
import io.hecha.output.LocationJson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text lines of a result, each with its location in the one Location shape: headings
 * ({@code titles}), body paragraphs ({@code text}; table-of-contents lines left out, they repeat the
 * headings), and tables ({@code cells}: the caption, then each cell as {@code row label · column
 * label · text}). References: {@code #/paragraphs/p}, {@code #/tables/t}, {@code #/tables/t/cells/r/c}.
 */
final class TextLines {
    static final String SEPARATOR = " · ";
    /** A table-of-contents line: a title, then a tab or a leader of dots, then a page number. */
    private static final java.util.regex.Pattern TOC_LINE =
            java.util.regex.Pattern.compile(".*(\\t|[.…·．]{3,})\\s*\\d{1,4}\\s*");

    private TextLines() {
    }

    /** A table-of-contents line ({@link #TOC_LINE}); only a line ending in a digit can be one (the line is stripped). */
    private static boolean tocLine(String stripped) {
        char last = stripped.charAt(stripped.length() - 1);
        return last >= '0' && last <= '9' && TOC_LINE.matcher(stripped).matches();
    }

    static Map<String, List<Line>> of(JsonNode root) {
        List<Line> titles = new ArrayList<>();
        List<Line> text = new ArrayList<>();
        List<Line> cells = new ArrayList<>();
        int p = 0;
        for (JsonNode para : root.path("paragraphs")) {
            String body = para.path("text").asText("").strip();
            int level = para.path("headingLevel").asInt(0);
            String style = para.path("style").asText("").toLowerCase(Locale.ROOT);
            if (!body.isEmpty() && !style.startsWith("toc") && !tocLine(body)) {
                JsonNode prov = para.path("provenance");
                JsonNode bookmarks = para.path("bookmarks");
                String key = key(new Location(Location.paragraphRef(p), prov.path("section").asText(""), "", "", null, null,
                        "", "", page(prov), null, List.of(), bookmarks.size() > 0 ? bookmarks.get(0).asText() : "", null));
                if (level > 0) titles.add(new Line(key, oneLine(para.path("number").asText("") + body)));
                else text.add(new Line(key, oneLine(body)));
            }
            p++;
        }
        int t = 0;
        for (JsonNode table : root.path("tables")) tableLines(table, t++, cells);
        return Map.of(Fields.TITLES, titles, Fields.TEXT, text, Fields.CELLS, cells);
    }

    private static void tableLines(JsonNode table, int t, List<Line> out) {
        String id = table.path("id").asText("");
        String caption = table.path("caption").asText("").strip();
        String section = table.path("section").asText("");
        JsonNode prov = table.path("provenance");
        if (!caption.isEmpty()) {
            out.add(new Line(key(new Location(Location.tableRef(t), section, id, caption, null, null, "", "", page(prov),
                    null, List.of(), "", null)), oneLine(caption)));
        }
        JsonNode grid = table.path("rows");
        int headerRows = table.path("headerRows").asInt(1);
        for (JsonNode cell : table.path("cells")) {
            String text = cell.path("text").asText("").strip();
            if (!hasLetterOrDigit(text)) continue;
            int r = cell.path("row").asInt();
            int c = cell.path("column").asInt();
            boolean header = r < headerRows;
            String rowLabel = header ? "" : rowLabel(grid.path(r), c);
            String columnLabel = header ? "" : columnLabel(grid, headerRows, c);
            JsonNode cellProv = cell.path("provenance");
            Location loc = new Location(Location.cellRef(t, r, c), section, id, caption, r, c, rowLabel, columnLabel,
                    page(cellProv.has("page") ? cellProv : prov), null, List.of(), "", null);
            out.add(new Line(key(loc), join(rowLabel, columnLabel, text)));
        }
    }

    /** The row's label for a cell: the first cell to its left holding letters (Chinese), or "". */
    private static String rowLabel(JsonNode row, int c) {
        for (int k = 0; k < c && k < row.size(); k++) {
            String s = row.get(k).asText("").strip();
            if (hasLetter(s)) return oneLine(s);
        }
        return "";
    }

    /** The column's label: its texts in the header rows, distinct, joined by " / ". */
    private static String columnLabel(JsonNode grid, int headerRows, int c) {
        Set<String> parts = new LinkedHashSet<>();
        for (int h = 0; h < headerRows && h < grid.size(); h++) {
            JsonNode row = grid.get(h);
            if (c < row.size()) {
                String s = oneLine(row.get(c).asText("").strip());
                if (!s.isEmpty()) parts.add(s);
            }
        }
        return String.join(" / ", parts);
    }

    private static String join(String rowLabel, String columnLabel, String text) {
        Set<String> parts = new LinkedHashSet<>();
        for (String s : new String[]{rowLabel, columnLabel, oneLine(text)}) {
            if (!s.isEmpty()) parts.add(s);
        }
        return String.join(SEPARATOR, parts);
    }

    /** One line of plain text: line breaks become spaces, the key and separator characters are dropped. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') b.append(' ');
            else if (c != HanlpTokenizer.KEY && c != '\u0000' && (c < '\uE000' || c > '\uE002')) b.append(c);
        }
        return b.toString();
    }

    /** A line's key: its location as compact JSON in the one Location shape. */
    private static String key(Location l) {
        return LocationJson.of(l).toString();
    }

    private static Integer page(JsonNode prov) {
        JsonNode page = prov.get("page");
        return page != null && page.isInt() ? page.asInt() : null;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) return true;
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) return true;
        }
        return false;
    }
}
