package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns (X)HTML, as Tika writes it for RTF, ODT, WPS and HTML, into blocks: {@code <p>}, list
 * items and {@code <h1>}…{@code <h6>} into paragraphs (heading levels from the tags, or from the
 * shared Chinese-numbering heuristic when the document has no heading tags), {@code <table>} with
 * rowspan/colspan into cells and a rectangular grid (nested tables kept in their cells), and
 * {@code <a name>} anchors into bookmarks of the paragraph or cell holding them.
 */
final class XhtmlBlocks {
    private static final int MAX_SPAN = 1000;
    private final List<Block> blocks = new ArrayList<>();
    private final boolean headingTags;

    private XhtmlBlocks(boolean headingTags) {
        this.headingTags = headingTags;
    }

    /** The blocks of an XHTML document's body. */
    static List<Block> of(String xhtml) {
        Element body = Jsoup.parse(xhtml).body();
        XhtmlBlocks b = new XhtmlBlocks(!body.select("h1, h2, h3, h4, h5, h6").isEmpty());
        b.walk(body);
        return b.blocks;
    }

    private void walk(Element parent) {
        for (Element e : parent.children()) {
            String tag = e.normalName();
            if (tag.equals("table")) {
                blocks.add(table(e, blocks.size()));
            } else if (tag.matches("h[1-6]") || tag.equals("p") || tag.equals("li")) {
                if (!e.select("table").isEmpty()) {
                    walk(e);
                    continue;
                }
                String text = e.wholeText().replace('\u00A0', ' ').strip();
                List<String> marks = anchors(e);
                if (text.isEmpty() && marks.isEmpty()) continue;
                int level = tag.startsWith("h") ? tag.charAt(1) - '0'
                        : headingTags ? 0 : HeadingHeuristics.numberedLevel(text);
                if (tag.startsWith("h")) {
                    int rank = HeadingHeuristics.numberedLevel(text);
                    if (rank > 0) level = rank;
                }
                blocks.add(new Paragraph(text, "", e.className(), level, marks, Provenance.at(blocks.size())));
            } else if (tag.equals("div") && e.hasClass("header") || tag.equals("div") && e.hasClass("footer")) {
                continue;
            } else {
                walk(e);
            }
        }
    }

    private static List<String> anchors(Element e) {
        List<String> names = new ArrayList<>();
        for (Element a : e.select("a[name]")) {
            if (!a.attr("name").isBlank() && !names.contains(a.attr("name"))) names.add(a.attr("name"));
        }
        return names;
    }

    /** A table with its spans resolved on a grid, nested tables kept inside their cells. */
    static Table table(Element table, int index) {
        List<Element> rows = new ArrayList<>();
        for (Element r : table.select("tr")) {
            if (r.closest("table") == table) rows.add(r);
        }
        List<TableCell> cells = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element td : rows.get(r).children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                while (isTaken(taken, r, c)) c++;
                int rs = span(td.attr("rowspan")), cs = span(td.attr("colspan"));
                rs = Math.min(rs, rows.size() - r);
                List<Table> nested = new ArrayList<>();
                for (Element inner : td.select("table")) {
                    if (inner.parent() != null && inner.parents().stream().filter(x -> x.normalName().equals("table"))
                            .findFirst().orElse(null) == table) {
                        nested.add(table(inner, index));
                    }
                }
                Element copy = td.clone();
                copy.select("table").remove();
                List<String> lines = new ArrayList<>();
                for (Element p : copy.select("p, li")) {
                    String s = p.wholeText().replace('\u00A0', ' ').strip();
                    if (!s.isEmpty()) lines.add(s);
                }
                String text = lines.isEmpty() ? copy.wholeText().replace('\u00A0', ' ').strip() : String.join("\n", lines);
                cells.add(new TableCell(r, c, rs, cs, text, anchors(td), nested, Provenance.at(index)));
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) take(taken, i, j);
                }
                c += cs;
                columns = Math.max(columns, c);
            }
        }
        return new Table("table-" + (index + 1), "", "", 1, cells, TableGrids.of(cells, rows.size(), columns),
                Provenance.at(index));
    }

    private static int span(String v) {
        try {
            return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void take(List<boolean[]> taken, int r, int c) {
        while (taken.size() <= r) taken.add(new boolean[0]);
        boolean[] row = taken.get(r);
        if (row.length <= c) {
            row = java.util.Arrays.copyOf(row, c + 8);
            taken.set(r, row);
        }
        row[c] = true;
    }
}
