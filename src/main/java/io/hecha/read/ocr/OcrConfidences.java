package io.hecha.read.ocr;

import io.hecha.model.Block;
import io.hecha.model.BoundingBox;
import io.hecha.model.Document;
import io.hecha.model.OcrConfidence;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Section;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.layout.Glyph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the recogniser's confidence on the paragraphs and table cells of a document laid out from
 * OCR'd pages: the glyphs standing in each one's page areas are taken in reading order and matched
 * to its text character by character, so that each uncertain glyph marks the character it became.
 * A glyph that cannot be matched (the layout changed the text there) marks the rest of the text,
 * so uncertainty is never lost.
 */
final class OcrConfidences {
    /** Points a glyph's centre may stand outside an area and still belong to it. */
    private static final double SLACK = 1.0;
    /** How far ahead a mismatch looks for the text and the glyphs to agree again. */
    private static final int RESYNC = 3;

    private final Map<Integer, List<Glyph>> byPage;

    /** @param glyphsByPage the glyphs of each OCR'd page (pages read from a text layer absent) */
    OcrConfidences(Map<Integer, List<Glyph>> glyphsByPage) {
        this.byPage = new java.util.HashMap<>();
        for (Map.Entry<Integer, List<Glyph>> e : glyphsByPage.entrySet()) {
            List<Glyph> sorted = new ArrayList<>(e.getValue());
            sorted.removeIf(Glyph::isBlank);
            sorted.sort(Comparator.comparingDouble(Glyph::centerY));
            byPage.put(e.getKey(), sorted);
        }
    }

    /** The document with {@link Provenance#ocr()} set on every paragraph and cell on an OCR'd page. */
    Document attach(Document doc) {
        if (byPage.isEmpty()) return doc;
        Map<Block, Block> replaced = new IdentityHashMap<>();
        List<Block> blocks = new ArrayList<>(doc.blocks().size());
        for (Block b : doc.blocks()) {
            Block nb = attach(b);
            if (nb != b) replaced.put(b, nb);
            blocks.add(nb);
        }
        List<Section> sections = new ArrayList<>();
        for (Section s : doc.sections()) sections.add(rebuild(s, replaced));
        return new Document(doc.source(), sections, blocks, doc.bookmarks(), doc.diagnostics());
    }

    private Block attach(Block b) {
        if (b instanceof Paragraph p) {
            OcrConfidence c = confidence(p.text(), p.provenance());
            return c == null ? p : new Paragraph(p.text(), p.number(), p.style(), p.headingLevel(), p.bookmarks(),
                    p.provenance().withOcr(c));
        }
        if (b instanceof Table t) {
            List<TableCell> cells = new ArrayList<>(t.cells().size());
            boolean changed = false;
            for (TableCell cell : t.cells()) {
                OcrConfidence c = confidence(cell.text(), cell.provenance());
                if (c == null) {
                    cells.add(cell);
                    continue;
                }
                changed = true;
                cells.add(new TableCell(cell.row(), cell.column(), cell.rowSpan(), cell.colSpan(), cell.text(),
                        cell.bookmarks(), cell.nestedTables(), cell.provenance().withOcr(c), cell.value()));
            }
            return changed ? new Table(t.id(), t.caption(), t.sectionPath(), t.headerRows(), cells, t.grid(),
                    t.provenance()) : t;
        }
        return b;
    }

    private static Section rebuild(Section s, Map<Block, Block> replaced) {
        List<Block> blocks = new ArrayList<>(s.blocks().size());
        for (Block b : s.blocks()) blocks.add(replaced.getOrDefault(b, b));
        List<Section> children = new ArrayList<>(s.children().size());
        for (Section c : s.children()) children.add(rebuild(c, replaced));
        return new Section(s.number(), s.title(), s.level(), s.path(), s.bookmarks(), s.attachment(), blocks,
                children, s.provenance());
    }

    /** The confidence of a text standing in the provenance's areas, or null when none is on an OCR'd page. */
    OcrConfidence confidence(String text, Provenance pv) {
        if (pv == null || text.isEmpty()) return null;
        List<Glyph> glyphs = new ArrayList<>();
        boolean ocr = false;
        int last = 0;
        for (PageArea area : pv.areas()) {
            last = Math.max(last, area.page());
            List<Glyph> page = byPage.get(area.page());
            if (page == null || area.bbox() == null) continue;
            ocr = true;
            glyphs.addAll(readingOrder(inside(page, area.bbox())));
        }
        // text running on to an OCR'd page the provenance does not name has glyphs we cannot see
        return ocr ? align(text, glyphs, byPage.containsKey(last + 1)) : null;
    }

    /** The glyphs whose centre stands in the box (the page's glyphs are sorted by centre y). */
    private static List<Glyph> inside(List<Glyph> page, BoundingBox b) {
        double top = b.y() - SLACK, bottom = b.y() + b.height() + SLACK;
        double left = b.x() - SLACK, right = b.x() + b.width() + SLACK;
        int lo = 0, hi = page.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (page.get(mid).centerY() < top) lo = mid + 1;
            else hi = mid;
        }
        List<Glyph> out = new ArrayList<>();
        for (int i = lo; i < page.size() && page.get(i).centerY() <= bottom; i++) {
            Glyph g = page.get(i);
            if (g.centerX() >= left && g.centerX() <= right) out.add(g);
        }
        return out;
    }

    /** Lines top to bottom (baselines within 0.4 font sizes are one line), each left to right. */
    static List<Glyph> readingOrder(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<Glyph> out = new ArrayList<>(sorted.size());
        List<Glyph> line = new ArrayList<>();
        double base = 0, size = 0;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.baseline() - base) > 0.4 * Math.min(size, g.fontSize())) {
                line.sort(Comparator.comparingDouble(Glyph::x));
                out.addAll(line);
                line.clear();
            }
            if (line.isEmpty()) {
                base = g.baseline();
                size = g.fontSize();
            }
            line.add(g);
        }
        line.sort(Comparator.comparingDouble(Glyph::x));
        out.addAll(line);
        return out;
    }

    /**
     * Matches the glyphs to the text's non-blank characters in order, re-synchronising after a
     * mismatch within {@link #RESYNC} characters; uncertain glyphs mark their characters. Text left
     * without glyphs is marked when {@code restUnseen} (it was read from glyphs not given).
     */
    static OcrConfidence align(String text, List<Glyph> glyphs, boolean restUnseen) {
        double min = 1;
        for (Glyph g : glyphs) min = Math.min(min, g.confidence());
        boolean[] marked = new boolean[text.length()];
        int i = skipBlank(text, 0), j = 0;
        while (j < glyphs.size()) {
            Glyph g = glyphs.get(j);
            boolean uncertain = g.confidence() < OcrConfidence.UNCERTAIN_BELOW;
            if (i >= text.length()) {
                if (uncertain) markRest(marked, 0); // glyphs left over: where they went is unknown
                j++;
                continue;
            }
            if (text.startsWith(g.text(), i)) {
                if (uncertain) mark(marked, i, g.text().length());
                i = skipBlank(text, i + g.text().length());
                j++;
                continue;
            }
            int ahead = findAhead(text, i, g.text());
            if (ahead >= 0) { // the text has characters no glyph gave: skip them
                i = ahead;
                continue;
            }
            if (glyphAhead(glyphs, j, text, i)) { // a glyph the text does not have: skip it
                if (uncertain) markRest(marked, i);
                j++;
                continue;
            }
            if (uncertain) markRest(marked, i); // substituted: nothing sure about the rest
            i = skipBlank(text, i + 1);
            j++;
        }
        if (restUnseen && i < text.length()) markRest(marked, i);
        List<OcrConfidence.Range> ranges = new ArrayList<>();
        for (int k = 0; k < marked.length; k++) {
            if (!marked[k]) continue;
            int start = k;
            while (k < marked.length && marked[k]) k++;
            ranges.add(new OcrConfidence.Range(start, k));
        }
        return new OcrConfidence(min, ranges);
    }

    private static int findAhead(String text, int from, String s) {
        int k = from;
        for (int n = 0; n < RESYNC && k < text.length(); n++) {
            k = skipBlank(text, k + 1);
            if (text.startsWith(s, k)) return k;
        }
        return -1;
    }

    private static boolean glyphAhead(List<Glyph> glyphs, int j, String text, int i) {
        for (int k = j + 1; k < glyphs.size() && k <= j + RESYNC; k++) {
            if (text.startsWith(glyphs.get(k).text(), i)) return true;
        }
        return false;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static void mark(boolean[] marked, int from, int n) {
        for (int k = from; k < Math.min(marked.length, from + n); k++) marked[k] = true;
    }

    private static void markRest(boolean[] marked, int from) {
        for (int k = Math.max(0, from); k < marked.length; k++) marked[k] = true;
    }
}
