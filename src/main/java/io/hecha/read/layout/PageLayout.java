package io.hecha.read.layout;

import io.hecha.model.Block;
import io.hecha.model.BoundingBox;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.Assembler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns positioned text (a PDF's text layer, OFD, recognised scans) into the document: finds
 * ruled tables and fills them, builds lines from the remaining glyphs, drops running headers and
 * footers, orders lines and tables top to bottom on each page, groups lines into paragraphs
 * (margins measured separately for each page size, so landscape pages keep their own), decides
 * headings (outline entries, numbers, font size) and hands the blocks to the {@link Assembler}.
 */
public final class PageLayout {
    /** A table part ends at the page's body bottom when it ends this close to it. */
    private static final double CUT_ROOM = 36;

    private PageLayout() {
    }

    /**
     * The document of the pages; its status is {@code no text layer} (with a diagnostic) when no
     * page has a visible glyph.
     *
     * @param source      where the pages came from (its status is replaced)
     * @param pages       the pages in order
     * @param anchors     outline entries and named destinations
     * @param diagnostics what the reader met so far (appended to)
     */
    public static Document document(Source source, List<LayoutPage> pages, List<Anchor> anchors,
                                    List<Diagnostic> diagnostics) {
        boolean text = pages.stream().anyMatch(p -> p.glyphs().stream().anyMatch(g -> !g.isBlank()));
        if (!text) {
            diagnostics.add(Diagnostic.warning(source.format() + ".no-text-layer",
                    "no page has a text layer (scanned images?); text recognition is needed", null));
            return new Document(withStatus(source, "no text layer"), List.of(), List.of(), List.of(), diagnostics);
        }
        return Assembler.assemble(withStatus(source, "ok"), parts(pages, anchors), diagnostics);
    }

    private static Source withStatus(Source s, String status) {
        return new Source(s.fileName(), s.sha256(), s.format(), s.mediaType(), s.pageCount(), status);
    }

    /** The body blocks of the pages in reading order, with page-break hints for their tables. */
    static Assembler.Parts parts(List<LayoutPage> pages, List<Anchor> anchors) {
        List<LaidOut> laidOut = HeadingFinder.splitAtAnchors(analyze(pages), anchors);
        List<TextLine> allLines = new ArrayList<>();
        for (LaidOut b : laidOut) {
            if (b instanceof LaidOut.Para p) allLines.addAll(p.lines());
        }
        List<Anchor> onParagraphs = new ArrayList<>();
        Map<Integer, Map<Integer, List<String>>> cellMarks = cellMarks(laidOut, anchors, onParagraphs);
        HeadingFinder.Result headings = HeadingFinder.find(laidOut, onParagraphs, BodyMetrics.of(allLines));
        double bodyBottom = bodyBottom(laidOut);
        List<Block> blocks = new ArrayList<>(laidOut.size());
        Map<Integer, Assembler.PageBreakHints> hints = new HashMap<>();
        for (int i = 0; i < laidOut.size(); i++) {
            LaidOut b = laidOut.get(i);
            if (b instanceof LaidOut.Para p) {
                Provenance pv = new Provenance(i, "", areas(p.lines(), p.page()));
                blocks.add(new Paragraph(p.text(), "", "", headings.levels()[i], headings.bookmarks().get(i), pv));
            } else if (b instanceof LaidOut.Tab tab) {
                TablePart t = tab.table();
                Map<Integer, List<String>> marks = cellMarks.getOrDefault(i, Map.of());
                List<TableCell> cells = new ArrayList<>(t.cells().size());
                for (int k = 0; k < t.cells().size(); k++) {
                    TableCell c = t.cells().get(k);
                    cells.add(new TableCell(c.row(), c.column(), c.rowSpan(), c.colSpan(), c.text(),
                            marks.getOrDefault(k, c.bookmarks()), c.nestedTables(),
                            new Provenance(i, "", c.provenance().areas())));
                }
                blocks.add(new Table("table-" + i, "", "", t.headerRows(), cells, t.grid(),
                        new Provenance(i, "", t.page(), bbox(t.bbox()))));
                hints.put(i, new Assembler.PageBreakHints(t.bottom() >= bodyBottom - CUT_ROOM, t.fullEnds(), t.filled()));
            }
        }
        return new Assembler.Parts(blocks, null, hints, true);
    }

    /**
     * Named destinations that point into a table cell become that cell's bookmarks (by block, then
     * cell index); the other anchors are added to {@code onParagraphs}.
     */
    private static Map<Integer, Map<Integer, List<String>>> cellMarks(List<LaidOut> laidOut, List<Anchor> anchors,
                                                                      List<Anchor> onParagraphs) {
        Map<Integer, Map<Integer, List<String>>> out = new HashMap<>();
        Map<Integer, List<Integer>> tablesByPage = new HashMap<>();
        for (int i = 0; i < laidOut.size(); i++) {
            if (laidOut.get(i) instanceof LaidOut.Tab t) tablesByPage.computeIfAbsent(t.page(), k -> new ArrayList<>()).add(i);
        }
        for (Anchor a : anchors) {
            int[] hit = a.outline() || Double.isNaN(a.y()) ? null : cellAt(laidOut, tablesByPage.get(a.page()), a);
            if (hit == null) {
                onParagraphs.add(a);
            } else {
                List<String> names = out.computeIfAbsent(hit[0], k -> new HashMap<>()).computeIfAbsent(hit[1], k -> new ArrayList<>());
                if (!names.contains(a.name())) names.add(a.name());
            }
        }
        return out;
    }

    /** {block, cell index} of the table cell holding the anchor's point, or null. */
    private static int[] cellAt(List<LaidOut> laidOut, List<Integer> tables, Anchor a) {
        if (tables == null) return null;
        double y = a.y() + 1; // a destination stands at the top of its line
        for (int i : tables) {
            TablePart t = ((LaidOut.Tab) laidOut.get(i)).table();
            if (y < t.top() || y > t.bottom()) continue;
            for (int k = 0; k < t.cells().size(); k++) {
                BoundingBox b = t.cells().get(k).provenance().bbox();
                if (b != null && y >= b.y() && y <= b.y() + b.height()
                        && (Double.isNaN(a.x()) || (a.x() >= b.x() - 2 && a.x() <= b.x() + b.width()))) {
                    return new int[]{i, k};
                }
            }
        }
        return null;
    }

    /** The lowest content bottom on any page. */
    private static double bodyBottom(List<LaidOut> laidOut) {
        double bottom = 0;
        for (LaidOut b : laidOut) {
            if (b instanceof LaidOut.Para p) {
                for (TextLine l : p.lines()) bottom = Math.max(bottom, l.bottom());
            } else if (b instanceof LaidOut.Tab t) {
                bottom = Math.max(bottom, t.table().bottom());
            }
        }
        return bottom;
    }

    /** The body blocks of the pages, in reading order (table parts one per page). */
    static List<LaidOut> analyze(List<LayoutPage> pages) {
        List<List<TextLine>> lines = new ArrayList<>();
        List<List<TablePart>> tables = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (LayoutPage page : pages) {
            Set<Glyph> used = Collections.newSetFromMap(new IdentityHashMap<>());
            List<TablePart> found = new ArrayList<>();
            for (GridTable grid : LatticeTableFinder.find(page.number(), page.rulings())) {
                List<Glyph> free = unused(page.glyphs(), used);
                TablePart t = CellTextAssembler.assemble(grid, free, used);
                if (t != null) found.add(t);
            }
            List<Glyph> rest = unused(page.glyphs(), used);
            lines.add(LineBuilder.lines(page.number(), rest));
            tables.add(found);
            heights.add(page.height());
        }
        List<List<TextLine>> kept = new ArrayList<>(RunningTextFilter.filter(lines, heights));
        for (int i = 0; i < pages.size(); i++) {
            StreamTableFinder.Found stream = StreamTableFinder.find(pages.get(i).number(), kept.get(i));
            kept.set(i, stream.rest());
            tables.get(i).addAll(stream.tables());
        }
        List<Object> items = new ArrayList<>();
        Map<String, List<TextLine>> byFormat = new HashMap<>();
        Map<Integer, String> formatOf = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Object> pageItems = new ArrayList<>(kept.get(i));
            String format = Math.round(pages.get(i).width()) + "x" + Math.round(pages.get(i).height());
            formatOf.put(pages.get(i).number(), format);
            byFormat.computeIfAbsent(format, k -> new ArrayList<>()).addAll(kept.get(i));
            for (TablePart t : tables.get(i)) pageItems.add(new LaidOut.Tab(t));
            pageItems.sort(Comparator.comparingDouble(PageLayout::top));
            items.addAll(pageItems);
        }
        Map<String, BodyMetrics> metrics = new HashMap<>();
        byFormat.forEach((k, v) -> metrics.put(k, BodyMetrics.of(v)));
        return ParagraphAssembler.assemble(items, page -> metrics.get(formatOf.get(page)));
    }

    private static List<Glyph> unused(List<Glyph> glyphs, Set<Glyph> used) {
        if (used.isEmpty()) return glyphs;
        List<Glyph> out = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (!used.contains(g)) out.add(g);
        }
        return out;
    }

    private static double top(Object o) {
        return o instanceof TextLine l ? l.top() : ((LaidOut.Tab) o).table().top();
    }

    /**
     * One area per page the lines stand on, each the box of its lines there, the paragraph's first
     * page first (a paragraph that runs across a page break).
     */
    static List<PageArea> areas(List<TextLine> lines, int firstPage) {
        Map<Integer, List<TextLine>> byPage = new LinkedHashMap<>();
        byPage.put(firstPage, new ArrayList<>());
        for (TextLine l : lines) byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        List<PageArea> out = new ArrayList<>(byPage.size());
        for (Map.Entry<Integer, List<TextLine>> e : byPage.entrySet()) {
            if (!e.getValue().isEmpty() || e.getKey() == firstPage) {
                out.add(new PageArea(e.getKey(), e.getValue().isEmpty() ? null : bbox(TextLine.box(e.getValue()))));
            }
        }
        return out;
    }

    private static BoundingBox bbox(double[] b) {
        return new BoundingBox(round(b[0]), round(b[1]), round(b[2] - b[0]), round(b[3] - b[1]));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
