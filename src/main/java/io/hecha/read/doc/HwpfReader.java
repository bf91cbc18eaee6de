package io.hecha.read.doc;

import io.hecha.model.Block;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.TableCell;
import io.hecha.read.BadInputException;
import io.hecha.read.HeadingHeuristics;
import io.hecha.read.InputFile;
import io.hecha.read.TableGrids;
import io.hecha.text.ChineseNumbering;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Bookmark;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word 97-2003 document's body into blocks: paragraphs with their style, rendered list
 * number ({@link HwpfNumbers}), heading level and bookmarks; tables with merged cells resolved
 * from the cells' edges and merge flags. Headers, footers and pictures are left out.
 */
final class HwpfReader {
    private static final Pattern HEADING_STYLE = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    /** Twips within which two cell edges are one grid line. */
    private static final int EDGE_SNAP = 20;

    private final HWPFDocument doc;
    private final Range range;
    private final HwpfNumbers lists;

    private HwpfReader(HWPFDocument doc) {
        this.doc = doc;
        this.range = doc.getRange();
        HwpfNumbers numbers;
        try {
            numbers = new HwpfNumbers(doc);
        } catch (RuntimeException e) {
            numbers = null;
        }
        this.lists = numbers;
    }

    /** Opens the document, with the input's password when it is encrypted. */
    static HwpfReader open(InputFile input) throws BadInputException {
        try {
            if (input.password() != null) Biff8EncryptionKey.setCurrentUserPassword(input.password());
            return new HwpfReader(new HWPFDocument(new ByteArrayInputStream(input.bytes())));
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(input.fileName(), input.password() == null
                    ? "encrypted: a password is required" : "encrypted: wrong password", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(input.fileName(), "not a readable Word 97-2003 document: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** The body blocks in reading order (tables carry placeholder ids until captions are linked). */
    List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        int n = range.numParagraphs();
        int tableNo = 0;
        for (int i = 0; i < n; ) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t;
                try {
                    t = range.getTable(p);
                } catch (RuntimeException e) {
                    i++;
                    continue;
                }
                out.add(table(t, ++tableNo, out.size()));
                i += Math.max(1, t.numParagraphs());
                continue;
            }
            Paragraph para = paragraph(p, out.size());
            if (para != null) out.add(para);
            i++;
        }
        return out;
    }

    private Paragraph paragraph(org.apache.poi.hwpf.usermodel.Paragraph p, int index) {
        String text = HwpfText.displayed(p.text());
        String number = number(p);
        String style = styleName(p);
        if (text.isEmpty() && number.isEmpty()) return null;
        int level = headingLevel(p, style, number, text);
        return new Paragraph(text, number, style, level, bookmarks(p), Provenance.at(index));
    }

    private String number(org.apache.poi.hwpf.usermodel.Paragraph p) {
        return lists == null ? "" : lists.next(p).strip();
    }

    private String styleName(org.apache.poi.hwpf.usermodel.Paragraph p) {
        try {
            StyleDescription sd = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
            return sd == null || sd.getName() == null ? "" : sd.getName();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Outline level or heading style first, then a short bold paragraph with an outline number. */
    private static int headingLevel(org.apache.poi.hwpf.usermodel.Paragraph p, String style, String number, String text) {
        String display = (number + text).strip();
        if (style.toLowerCase(Locale.ROOT).startsWith("toc") || style.toLowerCase(Locale.ROOT).startsWith("contents")) {
            return 0;
        }
        Integer rank = ChineseNumbering.match(display).map(m -> m.kind().rank()).orElse(null);
        Matcher m = HEADING_STYLE.matcher(style.strip().toLowerCase(Locale.ROOT));
        int lvl = p.getLvl();
        if (lvl >= 0 && lvl <= 8) return rank != null ? rank : lvl + 1;
        if (m.matches()) return rank != null ? rank : Integer.parseInt(m.group(1));
        if (rank != null && allBold(p) && HeadingHeuristics.numberedLevel(display) > 0) return rank;
        return 0;
    }

    private static boolean allBold(org.apache.poi.hwpf.usermodel.Paragraph p) {
        boolean any = false;
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            var run = p.getCharacterRun(r);
            if (run.text().isBlank()) continue;
            if (!run.isBold()) return false;
            any = true;
        }
        return any;
    }

    private List<String> bookmarks(Range r) {
        List<String> names = new ArrayList<>();
        try {
            for (List<Bookmark> list : doc.getBookmarks().getBookmarksStartedBetween(r.getStartOffset(), r.getEndOffset()).values()) {
                for (Bookmark b : list) {
                    if (b.getName() != null && !names.contains(b.getName())) names.add(b.getName());
                }
            }
        } catch (RuntimeException ignored) {
            // broken bookmark tables lose only bookmarks
        }
        return names;
    }

    private io.hecha.model.Table table(Table t, int tableNo, int index) {
        TreeSet<Integer> edgeSet = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                edgeSet.add(cell.getLeftEdge());
                edgeSet.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : edgeSet) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > EDGE_SNAP) edges.add(e);
        }
        int columns = Math.max(1, edges.size() - 1);
        List<TableCell> cells = new ArrayList<>();
        int headerRows = 0;
        boolean headerRun = true;
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            if (headerRun && row.isTableHeader()) headerRows++;
            else headerRun = false;
            TableCell prevInRow = null;
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                int from = edgeIndex(edges, cell.getLeftEdge());
                int to = Math.max(from + 1, edgeIndex(edges, cell.getLeftEdge() + cell.getWidth()));
                if (cell.isMerged() && !cell.isFirstMerged() && prevInRow != null) {
                    TableCell wider = new TableCell(prevInRow.row(), prevInRow.column(), prevInRow.rowSpan(),
                            to - prevInRow.column(), prevInRow.text(), prevInRow.bookmarks(), List.of(), prevInRow.provenance());
                    cells.set(cells.indexOf(prevInRow), wider);
                    prevInRow = wider;
                    continue;
                }
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    TableCell above = covering(cells, r - 1, from);
                    if (above != null && above.column() == from) {
                        TableCell taller = new TableCell(above.row(), above.column(), above.rowSpan() + 1,
                                above.colSpan(), above.text(), above.bookmarks(), List.of(), above.provenance());
                        cells.set(cells.indexOf(above), taller);
                        continue;
                    }
                }
                List<String> lines = new ArrayList<>();
                List<String> marks = new ArrayList<>();
                for (int k = 0; k < cell.numParagraphs(); k++) {
                    var cp = cell.getParagraph(k);
                    String s = (number(cp) + HwpfText.displayed(cp.text())).strip();
                    if (!s.isEmpty()) lines.add(s);
                    marks.addAll(bookmarks(cp));
                }
                TableCell made = new TableCell(r, from, 1, to - from, String.join("\n", lines), marks, List.of(),
                        Provenance.at(index));
                cells.add(made);
                prevInRow = made;
            }
        }
        return new io.hecha.model.Table("table-" + tableNo, "", "", Math.max(1, headerRows), cells,
                TableGrids.of(cells, t.numRows(), columns), Provenance.at(index));
    }

    private static int edgeIndex(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) best = i;
        }
        return best;
    }

    private static TableCell covering(List<TableCell> cells, int row, int column) {
        for (TableCell c : cells) {
            if (c.covers(row, column)) return c;
        }
        return null;
    }
}
