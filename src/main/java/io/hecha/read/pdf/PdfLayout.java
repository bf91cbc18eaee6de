package io.hecha.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

/**
 * Turns the collected pages into body blocks: finds ruled tables and fills them, builds lines from
 * the remaining glyphs, drops running headers and footers, orders lines and tables top to bottom on
 * each page, joins tables continued across pages and groups lines into paragraphs (margins are
 * measured separately for each page size, so landscape pages keep their own).
 */
public final class PdfLayout {
    private PdfLayout() {
    }

    /** The body blocks of the pages, in reading order. */
    public static List<LaidOut> analyze(List<PdfPage> pages) {
        List<List<TextLine>> lines = new ArrayList<>();
        List<List<PdfTable>> tables = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (PdfPage page : pages) {
            Set<Glyph> used = new HashSet<>();
            List<PdfTable> found = new ArrayList<>();
            for (GridTable grid : LatticeTableFinder.find(page.number(), page.rulings())) {
                List<Glyph> free = page.glyphs().stream().filter(g -> !used.contains(g)).toList();
                PdfTable t = CellTextAssembler.assemble(grid, free, used);
                if (t != null) found.add(t);
            }
            List<Glyph> rest = page.glyphs().stream().filter(g -> !used.contains(g)).toList();
            lines.add(LineBuilder.lines(page.number(), rest));
            tables.add(found);
            heights.add(page.height());
        }
        List<List<TextLine>> kept = RunningTextFilter.filter(lines, heights);
        double bodyBottom = 0;
        for (int i = 0; i < pages.size(); i++) {
            for (TextLine l : kept.get(i)) bodyBottom = Math.max(bodyBottom, l.bottom());
            for (PdfTable t : tables.get(i)) bodyBottom = Math.max(bodyBottom, t.bottom());
        }
        List<Object> items = new ArrayList<>();
        Map<String, List<TextLine>> byFormat = new HashMap<>();
        Map<Integer, String> formatOf = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Object> pageItems = new ArrayList<>(kept.get(i));
            String format = Math.round(pages.get(i).width()) + "x" + Math.round(pages.get(i).height());
            formatOf.put(pages.get(i).number(), format);
            byFormat.computeIfAbsent(format, k -> new ArrayList<>()).addAll(kept.get(i));
            pageItems.addAll(tables.get(i));
            pageItems.sort(Comparator.comparingDouble(PdfLayout::top));
            for (Object o : pageItems) add(items, o, bodyBottom);
        }
        Map<String, BodyMetrics> metrics = new HashMap<>();
        byFormat.forEach((k, v) -> metrics.put(k, BodyMetrics.of(v)));
        return ParagraphAssembler.assemble(items, page -> metrics.get(formatOf.get(page)));
    }

    private static double top(Object o) {
        return o instanceof TextLine l ? l.top() : ((PdfTable) o).top();
    }

    /** Appends a line or a table, joining a table to the one it continues. */
    private static void add(List<Object> items, Object o, double bodyBottom) {
        if (o instanceof PdfTable t) {
            Object last = items.isEmpty() ? null : items.get(items.size() - 1);
            if (last instanceof LaidOut.Tab prev && TableContinuation.continues(prev.table(), t)) {
                TableContinuation.Joined j = TableContinuation.join(prev.table(), prev.headerRows(), t, bodyBottom);
                items.set(items.size() - 1, new LaidOut.Tab(j.table(), j.headerRows()));
            } else {
                items.add(new LaidOut.Tab(t, 1));
            }
        } else {
            items.add(o);
        }
    }
}
