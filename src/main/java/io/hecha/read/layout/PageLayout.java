package io.hecha.read.layout;

import io.hecha.model.Block;
import io.hecha.model.BoundingBox;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.Assembler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
        HeadingFinder.Result headings = HeadingFinder.find(laidOut, anchors, BodyMetrics.of(allLines));
        double bodyBottom = bodyBottom(laidOut);
        List<Block> blocks = new ArrayList<>(laidOut.size());
        Map<Integer, Assembler.PageBreakHints> hints = new HashMap<>();
        for (int i = 0; i < laidOut.size(); i++) {
            LaidOut b = laidOut.get(i);
            if (b instanceof LaidOut.Para p) {
                List<TextLine> onFirstPage = p.lines().stream().filter(l -> l.page() == p.page()).toList();
                Provenance pv = new Provenance(i, "", p.page(), bbox(TextLine.box(onFirstPage)));
                blocks.add(new Paragraph(p.text(), "", "", headings.levels()[i], headings.bookmarks().get(i), pv));
            } else if (b instanceof LaidOut.Tab tab) {
                TablePart t = tab.table();
                List<TableCell> cells = new ArrayList<>(t.cells().size());
                for (TableCell c : t.cells()) {
                    cells.add(new TableCell(c.row(), c.column(), c.rowSpan(), c.colSpan(), c.text(), c.bookmarks(),
                            c.nestedTables(), new Provenance(i, "", c.provenance().areas())));
                }
                blocks.add(new Table("table-" + i, "", "", Math.min(1, t.rows()), cells, t.grid(),
                        new Provenance(i, "", t.page(), bbox(t.bbox()))));
                hints.put(i, new Assembler.PageBreakHints(t.bottom() >= bodyBottom - CUT_ROOM, t.fullEnds(), t.filled()));
            }
        }
        return new Assembler.Parts(blocks, null, hints, true);
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
            Set<Glyph> used = new HashSet<>();
            List<TablePart> found = new ArrayList<>();
            for (GridTable grid : LatticeTableFinder.find(page.number(), page.rulings())) {
                List<Glyph> free = page.glyphs().stream().filter(g -> !used.contains(g)).toList();
                TablePart t = CellTextAssembler.assemble(grid, free, used);
                if (t != null) found.add(t);
            }
            List<Glyph> rest = page.glyphs().stream().filter(g -> !used.contains(g)).toList();
            lines.add(LineBuilder.lines(page.number(), rest));
            tables.add(found);
            heights.add(page.height());
        }
        List<List<TextLine>> kept = RunningTextFilter.filter(lines, heights);
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

    private static double top(Object o) {
        return o instanceof TextLine l ? l.top() : ((LaidOut.Tab) o).table().top();
    }

    private static BoundingBox bbox(double[] b) {
        return new BoundingBox(round(b[0]), round(b[1]), round(b[2] - b[0]), round(b[3] - b[1]));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
