package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.Bookmark;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the document every reader hands its blocks to, so that all formats get the same model:
 * tables continued across page breaks (or split into parts that repeat the header) joined into
 * one ({@link TableJoin}, the only place tables are joined), table and chart ids and captions
 * ({@link CaptionLinker}), the section tree ({@link SectionTreeBuilder}) and the bookmarks with
 * the ids of the tables they start in.
 *
 * <pre>{@code
 * Document d = Assembler.assemble(source, Assembler.Parts.of(blocks), diagnostics);
 * }</pre>
 */
public final class Assembler {
    private Assembler() {
    }

    /**
     * What a paged reader saw at the bottom of a table part, for rows cut by a page break.
     *
     * @param reachesPageBottom true when the part ends at the bottom of the page's body (a row can only
     *                          have been cut by the page break then)
     * @param fullCells         {@link #cellKey} of cells whose last line runs to the cell's right side
     *                          (their text may go on on the next page)
     * @param filledCells       the same keys of cells whose text fills them from top to bottom with
     *                          a full last line (a merged cell whose text may go on on the next page)
     */
    public record PageBreakHints(boolean reachesPageBottom, Set<Integer> fullCells, Set<Integer> filledCells) {
        public PageBreakHints {
            fullCells = Set.copyOf(fullCells);
            filledCells = Set.copyOf(filledCells);
        }

        /** The key of a cell's top-left grid position in {@link #fullCells}. */
        public static int cellKey(int row, int column) {
            return row * 10_000 + column;
        }
    }

    /**
     * A reader's output.
     *
     * @param blocks    body blocks in reading order (table ids and captions are assigned here)
     * @param bookmarks bookmarks whose block indices refer to {@code blocks} (a non-null {@code tableId}
     *                  marks one starting in a cell, whose row and column are those of the table at
     *                  that block); null to take them from the paragraphs' and cells' own bookmarks
     * @param hints     page-break hints of table blocks, by index in {@code blocks} (may be empty)
     * @param positions true when the blocks' provenance index is their position in reading order (it
     *                  is then renumbered after joining, a joined table's cells taking the table's);
     *                  false when it is a position in the source that stays (DOCX body elements)
     */
    public record Parts(List<Block> blocks, List<Bookmark> bookmarks, Map<Integer, PageBreakHints> hints,
                        boolean positions) {
        public Parts {
            blocks = List.copyOf(blocks);
            bookmarks = bookmarks == null ? null : List.copyOf(bookmarks);
            hints = Map.copyOf(hints);
        }

        /** Blocks numbered by position whose bookmarks are their paragraphs' and cells' own, without hints. */
        public static Parts of(List<Block> blocks) {
            return new Parts(blocks, null, Map.of(), true);
        }
    }

    /** The document of a reader's parts. */
    public static Document assemble(Source source, Parts parts, List<Diagnostic> diagnostics) {
        TableJoin.Result joined = TableJoin.join(parts.blocks(), parts.hints());
        List<Block> placed = parts.positions() ? renumber(joined.blocks()) : joined.blocks();
        List<Block> linked = CaptionLinker.link(placed);
        SectionTreeBuilder.Result tree = SectionTreeBuilder.build(linked);
        List<Block> blocks = tree.blocks();
        List<Bookmark> bookmarks = parts.bookmarks() == null ? bookmarksOf(blocks) : remap(parts.bookmarks(), joined, blocks);
        return new Document(source, tree.sections(), blocks, bookmarks, diagnostics);
    }

    /**
     * The document of a spreadsheet's blocks in reading order: each heading paragraph (a sheet's
     * name) opens a top-level section titled with its text exactly; nothing is joined (a sheet has
     * no pages, and its tables were cut apart where blank rows and columns separate them); ids and
     * captions as for every format.
     */
    public static Document assembleSheets(Source source, List<Block> blocks, List<Diagnostic> diagnostics) {
        List<Block> linked = CaptionLinker.link(renumber(blocks));
        SectionTreeBuilder.Result tree = SectionTreeBuilder.flat(linked);
        return new Document(source, tree.sections(), tree.blocks(), bookmarksOf(tree.blocks()), diagnostics);
    }

    /** The blocks with their provenance index set to their position (a table's cells too). */
    private static List<Block> renumber(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            out.add(b.provenance().index() == i && !(b instanceof Table) ? b : withIndex(b, i));
        }
        return out;
    }

    private static Block withIndex(Block b, int i) {
        if (b instanceof Paragraph p) {
            return new Paragraph(p.text(), p.number(), p.style(), p.headingLevel(), p.bookmarks(), at(p.provenance(), i));
        }
        if (b instanceof Table t) {
            List<TableCell> cells = new ArrayList<>(t.cells().size());
            boolean changed = t.provenance().index() != i;
            for (TableCell c : t.cells()) {
                if (c.provenance() == null || c.provenance().index() == i) {
                    cells.add(c);
                    continue;
                }
                changed = true;
                cells.add(new TableCell(c.row(), c.column(), c.rowSpan(), c.colSpan(), c.text(), c.bookmarks(),
                        c.nestedTables(), at(c.provenance(), i), c.value()));
            }
            return changed ? new Table(t.id(), t.caption(), t.sectionPath(), t.headerRows(), cells, t.grid(),
                    at(t.provenance(), i)) : t;
        }
        Chart c = (Chart) b;
        return new Chart(c.id(), c.caption(), c.type(), c.categories(), c.series(), at(c.provenance(), i));
    }

    private static Provenance at(Provenance p, int index) {
        return new Provenance(index, p.sectionPath(), p.areas(), p.cell());
    }

    /** Every bookmark of paragraphs and table cells, with the block (and cell) where it starts. */
    static List<Bookmark> bookmarksOf(List<Block> blocks) {
        List<Bookmark> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph p) {
                for (String name : p.bookmarks()) out.add(new Bookmark(name, i, i, null, -1, -1));
            } else if (blocks.get(i) instanceof Table t) {
                for (TableCell c : t.cells()) {
                    for (String name : c.bookmarks()) out.add(new Bookmark(name, i, i, t.id(), c.row(), c.column()));
                }
            }
        }
        return out;
    }

    /** The reader's bookmarks on the joined blocks: indices moved, cells re-addressed, table ids set. */
    private static List<Bookmark> remap(List<Bookmark> marks, TableJoin.Result joined, List<Block> blocks) {
        List<Bookmark> out = new ArrayList<>(marks.size());
        for (Bookmark b : marks) {
            int first = joined.index(b.firstBlock()), last = Math.max(first, joined.index(b.lastBlock()));
            if (!b.inCell()) {
                out.add(new Bookmark(b.name(), first, last, null, -1, -1));
                continue;
            }
            int row = joined.row(b.firstBlock(), b.row());
            String id = first >= 0 && first < blocks.size() && blocks.get(first) instanceof Table t ? t.id() : null;
            out.add(new Bookmark(b.name(), first, last, id, id == null ? -1 : row, id == null ? -1 : joined.column(b.firstBlock(), b.column())));
        }
        return out;
    }
}
