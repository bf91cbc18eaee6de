package io.hecha.read.docx;

import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.Chart;
import io.hecha.model.Diagnostic;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Table;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.IOException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Walks {@code w:body} in order (looking through block-level content controls and custom XML) and
 * turns each paragraph, table and chart into a {@link Block} with its body-element index, deciding
 * headings with {@link HeadingRules} and recording bookmarks. Headers, footers, footnotes and
 * endnotes live in other parts and are never read into the body.
 */
final class BodyReader {
    private final ReadContext ctx;
    private final Function<String, Element> relations;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String[]> pendingStarts = new ArrayList<>();
    private final List<HeadingInfo> headings = new ArrayList<>();
    private int bodyIndex;
    private int tocDepth;

    /** What the body walk yields: blocks in order, diagnostics, and the bookmarks once tables have ids. */
    public static final class Content {
        private final List<Block> blocks;
        private final List<Diagnostic> diagnostics;
        private final BookmarkTracker bookmarks;

        Content(List<Block> blocks, List<Diagnostic> diagnostics, BookmarkTracker bookmarks) {
            this.blocks = List.copyOf(blocks);
            this.diagnostics = List.copyOf(diagnostics);
            this.bookmarks = bookmarks;
        }

        /** Paragraphs, tables and charts in reading order (tables and charts not yet captioned). */
        public List<Block> blocks() {
            return blocks;
        }

        /** Problems met while reading. */
        public List<Diagnostic> diagnostics() {
            return diagnostics;
        }

        /** Every bookmark with its block range; {@code tableIdAt} names the table block at an index. */
        public List<Bookmark> bookmarks(IntFunction<String> tableIdAt) {
            return bookmarks.finish(tableIdAt);
        }
    }

    /**
     * Reads the body of an opened package. Unreadable styles or numbering parts become diagnostics.
     *
     * @throws IOException  when the document part cannot be read
     * @throws SAXException when the document part is not well-formed XML
     */
    public static Content read(DocxPackage pkg) throws IOException, SAXException {
        List<Diagnostic> early = new ArrayList<>();
        Element stylesRoot = optionalPart(pkg, "styles", early);
        StyleIndex styles = new StyleIndex(stylesRoot);
        Numbering numbering = new Numbering(optionalPart(pkg, "numbering", early), styles);
        ReadContext ctx = new ReadContext(styles, numbering);
        ctx.diagnostics.addAll(early);
        Element document = pkg.document();
        Element body = Xml.child(document, "body");
        BodyReader reader = new BodyReader(ctx, rId -> {
            try {
                return pkg.byRelationId(rId);
            } catch (IOException | SAXException e) {
                return null;
            }
        });
        if (body != null) reader.read(body);
        else ctx.diagnostics.add(Diagnostic.warning("docx.no-body", "the document part has no w:body", null));
        reader.finish();
        return new Content(reader.blocks, ctx.diagnostics, ctx.bookmarks);
    }

    private static Element optionalPart(DocxPackage pkg, String kind, List<Diagnostic> diagnostics) {
        try {
            return pkg.related(kind);
        } catch (IOException | SAXException | RuntimeException e) {
            diagnostics.add(Diagnostic.warning("docx.unreadable-part", "the " + kind + " part cannot be read ("
                    + e.getMessage() + "); read without it", null));
            return null;
        }
    }

    BodyReader(ReadContext ctx, Function<String, Element> relations) {
        this.ctx = ctx;
        this.relations = relations;
    }

    /** The blocks read so far, in reading order. */
    List<Block> blocks() {
        return blocks;
    }

    /** Reads every child of {@code w:body} (or of a content control's content). */
    void read(Element container) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !Xml.inW(e)) continue;
            switch (e.getLocalName()) {
                case "p" -> paragraph(e);
                case "tbl" -> table(e);
                case "sdt" -> sdt(e);
                case "customXml", "ins", "moveTo" -> read(e);
                case "bookmarkStart" -> pendingStarts.add(new String[]{Xml.attr(e, "id"), Xml.attr(e, "name")});
                case "bookmarkEnd" -> ctx.bookmarks.end(Xml.attr(e, "id"), Math.max(0, blocks.size() - 1));
                case "altChunk" -> ctx.diagnostics.add(Diagnostic.warning("docx.alt-chunk",
                        "imported content (w:altChunk) is not read", Provenance.at(bodyIndex)));
                default -> {
                    // sectPr, del, moveFrom, permStart/End, proofErr: no body content
                }
            }
        }
    }

    private void sdt(Element sdt) {
        Element content = Xml.child(sdt, "sdtContent");
        if (content == null) return;
        boolean toc = isTocControl(Xml.child(sdt, "sdtPr"));
        if (toc) tocDepth++;
        read(content);
        if (toc) tocDepth--;
    }

    private static boolean isTocControl(Element sdtPr) {
        Element obj = Xml.child(sdtPr, "docPartObj");
        if (obj == null) obj = Xml.child(sdtPr, "docPartList");
        String gallery = Xml.val(obj, "docPartGallery");
        return gallery != null && gallery.toLowerCase(Locale.ROOT).contains("table of contents");
    }

    private void paragraph(Element p) {
        int index = bodyIndex++;
        ReadContext.Numbered np = ctx.paragraph(p);
        ParagraphText pt = np.content();
        String text = pt.text.toString();
        String number = np.numberText();
        List<Chart> charts = charts(pt, index);
        boolean chartOnly = !charts.isEmpty() && text.isBlank() && number.isEmpty();
        boolean toc = pt.inToc || np.style().toc() || tocDepth > 0;
        HeadingRules.Facts facts = new HeadingRules.Facts(number, text, np.outlineLevel(),
                np.style().headingStyleLevel(), np.number() == null ? -1 : np.number().ilvl(), pt.allBold(), toc);
        int level = HeadingRules.level(facts);
        int blockIndex = blocks.size();
        if (level > 0 && !chartOnly) headings.add(new HeadingInfo(blockIndex, HeadingRules.styleLevel(facts),
                HeadingRules.numberedRank(number + text).isPresent()));
        List<String> names = new ArrayList<>();
        for (String[] s : pendingStarts) {
            if (BookmarkTracker.kept(s[1])) names.add(s[1]);
            ctx.bookmarks.start(s[0], s[1], blockIndex, -1, -1);
        }
        pendingStarts.clear();
        for (ParagraphText.Mark m : pt.starts) {
            if (BookmarkTracker.kept(m.name())) names.add(m.name());
            ctx.bookmarks.start(m.id(), m.name(), blockIndex, -1, -1);
        }
        Provenance where = Provenance.at(index);
        if (!chartOnly) {
            blocks.add(new Paragraph(text, number, np.style().name(), level, names, where));
        }
        blocks.addAll(charts);
        int last = blocks.size() - 1;
        for (ParagraphText.Mark m : pt.ends) {
            // an end before any text closes the bookmark on the block before this one
            ctx.bookmarks.end(m.id(), m.afterText() || blockIndex == 0 ? last : blockIndex - 1);
        }
    }

    private List<Chart> charts(ParagraphText pt, int index) {
        if (pt.chartRelationIds.isEmpty()) return List.of();
        List<Chart> out = new ArrayList<>();
        for (String rId : pt.chartRelationIds) {
            Element space;
            try {
                space = relations.apply(rId);
            } catch (RuntimeException e) {
                space = null;
            }
            Element chart = space == null ? null : ChartReader.chartElement(space);
            if (chart != null) {
                out.add(ChartReader.read(chart, Provenance.at(index)));
            } else {
                ctx.diagnostics.add(Diagnostic.warning("docx.chart-missing",
                        "a chart reference (" + rId + ") has no readable chart part", Provenance.at(index)));
            }
        }
        return out;
    }

    private void table(Element tbl) {
        int index = bodyIndex++;
        int blockIndex = blocks.size();
        for (String[] s : pendingStarts) ctx.bookmarks.start(s[0], s[1], blockIndex, -1, -1);
        pendingStarts.clear();
        Table t = new TableReader(ctx, blockIndex, index).read(tbl);
        blocks.add(t);
    }

    /** A heading seen: its block, its outline/style level (0 when none), whether it carries a number. */
    private record HeadingInfo(int block, int styleLevel, boolean numbered) {
    }

    /**
     * An unnumbered heading (前言, 结论) at the same outline level as numbered ones (一、基本情况) takes
     * their rank, so it stands beside them instead of enclosing them.
     */
    private void alignUnnumberedHeadings() {
        java.util.Map<Integer, Integer> rankOfLevel = new java.util.HashMap<>();
        for (HeadingInfo h : headings) {
            if (h.numbered() && h.styleLevel() > 0) {
                int rank = ((Paragraph) blocks.get(h.block())).headingLevel();
                rankOfLevel.merge(h.styleLevel(), rank, Math::min);
            }
        }
        for (HeadingInfo h : headings) {
            if (h.numbered() || h.styleLevel() == 0 || !rankOfLevel.containsKey(h.styleLevel())) continue;
            Paragraph p = (Paragraph) blocks.get(h.block());
            int rank = rankOfLevel.get(h.styleLevel());
            if (rank != p.headingLevel()) {
                blocks.set(h.block(), new Paragraph(p.text(), p.number(), p.style(), rank, p.bookmarks(), p.provenance()));
            }
        }
    }

    /** Bookmarks that started after the last block: they point at the last block. */
    void finish() {
        alignUnnumberedHeadings();
        int last = Math.max(0, blocks.size() - 1);
        for (String[] s : pendingStarts) ctx.bookmarks.start(s[0], s[1], last, -1, -1);
        pendingStarts.clear();
    }
}
