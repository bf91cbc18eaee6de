package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.BoundingBox;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.pdf.BodyMetrics;
import io.hecha.read.pdf.Glyph;
import io.hecha.read.pdf.GlyphCollector;
import io.hecha.read.pdf.HeadingFinder;
import io.hecha.read.pdf.LaidOut;
import io.hecha.read.pdf.PdfAnchor;
import io.hecha.read.pdf.PdfLayout;
import io.hecha.read.pdf.PdfOutline;
import io.hecha.read.pdf.PdfPage;
import io.hecha.read.pdf.PdfTable;
import io.hecha.read.pdf.Ruling;
import io.hecha.read.pdf.RulingCollector;
import io.hecha.read.pdf.TextLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a PDF's text layer into the document model: glyphs with positions are rebuilt into lines
 * and paragraphs (running headers, footers and page numbers dropped), ruled tables into cells with
 * spans (joined across page breaks), headings from the outline, outline numbers and font size.
 * Every paragraph, table and cell carries its page and bounding box. A PDF without any text is
 * read as a document with status {@code no text layer}.
 */
public final class PdfReader implements DocumentReader {
    /** Pages beyond this are not read (with a diagnostic). */
    static final int MAX_PAGES = 2000;
    private static final int MAX_PAGE_DIAGNOSTICS = 20;

    @Override
    public Document read(InputFile input) throws BadInputException {
        try (PDDocument doc = load(input)) {
            return read(input, doc);
        } catch (IOException e) {
            throw new BadInputException(input.fileName(), "not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static PDDocument load(InputFile input) throws BadInputException {
        if (input.bytes().length == 0) throw new BadInputException(input.fileName(), "empty file (0 bytes)");
        String password = input.password() == null ? "" : input.password();
        try {
            return Loader.loadPDF(input.bytes(), password);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(input.fileName(), input.password() == null
                    ? "encrypted: a password is required" : "encrypted: wrong password", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(input.fileName(), "not a readable PDF: " + describe(e), e);
        }
    }

    private Document read(InputFile input, PDDocument doc) throws BadInputException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        int pageCount = doc.getNumberOfPages();
        int last = Math.min(pageCount, MAX_PAGES);
        if (pageCount > MAX_PAGES) {
            diagnostics.add(Diagnostic.warning("pdf.too-many-pages", "only the first " + MAX_PAGES + " of "
                    + pageCount + " pages were read", null));
        }
        Map<Integer, List<Glyph>> glyphs;
        try {
            glyphs = GlyphCollector.collect(doc, last);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new BadInputException(input.fileName(), "cannot read the PDF's text: " + describe(e), e);
        }
        List<PdfPage> pages = new ArrayList<>();
        int visible = 0;
        for (int i = 1; i <= last; i++) {
            List<Glyph> pageGlyphs = glyphs.getOrDefault(i, List.of());
            visible += (int) pageGlyphs.stream().filter(g -> !g.isBlank()).count();
            PDPage page;
            try {
                page = doc.getPage(i - 1);
            } catch (RuntimeException e) {
                pageProblem(diagnostics, i, "page cannot be read: " + describe(e));
                continue;
            }
            PDRectangle crop = page.getCropBox();
            List<Ruling> rulings = List.of();
            if (!pageGlyphs.isEmpty()) {
                try {
                    rulings = RulingCollector.collect(page);
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    pageProblem(diagnostics, i, "drawings cannot be read, tables may be missing: " + describe(e));
                }
            }
            pages.add(new PdfPage(i, crop.getWidth(), crop.getHeight(), pageGlyphs, rulings));
        }
        return assemble(input, new Readers.Detected(Format.PDF, "application/pdf"), pageCount, pages,
                visible == 0 ? List.of() : PdfOutline.read(doc), diagnostics);
    }

    /**
     * Builds the document from collected pages (shared with formats that give positioned glyphs,
     * such as OFD): layout, headings, captions, sections and bookmarks; status {@code no text layer}
     * when no page has a visible glyph.
     */
    static Document assemble(InputFile input, Readers.Detected detected, Integer pageCount, List<PdfPage> pages,
                             List<PdfAnchor> anchors, List<Diagnostic> diagnostics) {
        boolean text = pages.stream().anyMatch(p -> p.glyphs().stream().anyMatch(g -> !g.isBlank()));
        if (!text) {
            diagnostics.add(Diagnostic.warning(detected.format().id() + ".no-text-layer",
                    "no page has a text layer (scanned images?); text recognition is needed", null));
            Source source = new Source(input.fileName(), input.sha256(), detected.format().id(),
                    detected.mediaType(), pageCount, "no text layer");
            return new Document(source, List.of(), List.of(), List.of(), diagnostics);
        }
        List<LaidOut> laidOut = HeadingFinder.splitAtAnchors(PdfLayout.analyze(pages), anchors);
        List<TextLine> allLines = new ArrayList<>();
        for (LaidOut b : laidOut) {
            if (b instanceof LaidOut.Para p) allLines.addAll(p.lines());
        }
        HeadingFinder.Result headings = HeadingFinder.find(laidOut, anchors, BodyMetrics.of(allLines));
        List<Block> blocks = toBlocks(laidOut, headings);
        List<Block> linked = CaptionLinker.link(blocks);
        SectionTreeBuilder.Result tree = SectionTreeBuilder.build(linked);
        List<Bookmark> bookmarks = new ArrayList<>();
        for (int i = 0; i < tree.blocks().size(); i++) {
            if (tree.blocks().get(i) instanceof Paragraph p) {
                for (String name : p.bookmarks()) bookmarks.add(new Bookmark(name, i, i, null, -1, -1));
            }
        }
        Source source = new Source(input.fileName(), input.sha256(), detected.format().id(),
                detected.mediaType(), pageCount, "ok");
        return new Document(source, tree.sections(), tree.blocks(), bookmarks, diagnostics);
    }

    private static List<Block> toBlocks(List<LaidOut> laidOut, HeadingFinder.Result headings) {
        List<Block> blocks = new ArrayList<>();
        int tableNo = 0;
        for (int i = 0; i < laidOut.size(); i++) {
            LaidOut b = laidOut.get(i);
            if (b instanceof LaidOut.Para p) {
                List<TextLine> onFirstPage = p.lines().stream().filter(l -> l.page() == p.page()).toList();
                double[] box = TextLine.box(onFirstPage);
                Provenance pv = new Provenance(i, "", p.page(), bbox(box));
                blocks.add(new Paragraph(p.text(), "", "", headings.levels()[i], headings.bookmarks().get(i), pv));
            } else if (b instanceof LaidOut.Tab tab) {
                tableNo++;
                PdfTable t = tab.table();
                Provenance pv = new Provenance(i, "", t.firstPage(), bbox(t.bbox()));
                List<TableCell> cells = new ArrayList<>();
                for (TableCell c : t.cells()) {
                    Provenance cp = c.provenance();
                    cells.add(new TableCell(c.row(), c.column(), c.rowSpan(), c.colSpan(), c.text(), c.bookmarks(),
                            c.nestedTables(), new Provenance(i, "", cp.page(), cp.bbox())));
                }
                blocks.add(new Table("table-" + tableNo, "", "", Math.min(tab.headerRows(), t.rows()), cells,
                        t.grid(), pv));
            }
        }
        return blocks;
    }

    private static BoundingBox bbox(double[] b) {
        return new BoundingBox(round(b[0]), round(b[1]), round(b[2] - b[0]), round(b[3] - b[1]));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void pageProblem(List<Diagnostic> diagnostics, int page, String message) {
        if (diagnostics.size() >= MAX_PAGE_DIAGNOSTICS) return;
        diagnostics.add(Diagnostic.warning("pdf.page", message, new Provenance(0, "", page, null)));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
