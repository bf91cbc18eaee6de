package io.hecha.read.pdf;

import io.hecha.model.Document;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A ruled table continued on the next page after its repeated title block (表号, title, 部门 and unit
 * lines), as published 部门决算 PDFs print it: PDFs written here with PDFBox and Debian's
 * fonts-wqy-microhei (installed by the test command). The continuation is joined when it repeats
 * the title block and the header rows; another title, or no repeated header, is another table.
 */
class RepeatedTitleJoinTest {
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final float SIZE = 10.5f;
    private static final float[] EDGES = {72, 300, 360, 523};
    private static final float ROW = 20;
    private static final List<String> TITLE = List.of("表1", "收入支出决算表", "部门：某某局", "单位：万元");
    private static final String[][] HEADER = {{"项目", "行次", "决算数"}, {"栏次", "", "1"}};
    private static final String[][] FIRST = {
            {"一、一般公共预算财政拨款收入", "1", "1,234.56"},
            {"二、政府性基金预算财政拨款收入", "2", "0.00"},
            {"三、事业收入", "3", "210.00"}};
    private static final String[][] SECOND = {
            {"四、经营收入", "4", "0.00"},
            {"五、其他收入", "5", "90.50"},
            {"本年收入合计", "6", "1,535.06"}};

    @Test
    void continuationAfterTheRepeatedTitleBlockIsOneTable() throws IOException, BadInputException {
        Document d = read(pdf(TITLE, HEADER, TITLE, HEADER));
        assertEquals(1, d.tables().size(), "tables: " + d.tables());
        Table t = d.tables().get(0);
        assertEquals("表1", t.id());
        List<List<String>> grid = new ArrayList<>();
        for (String[] r : HEADER) grid.add(List.of(r));
        for (String[] r : FIRST) grid.add(List.of(r));
        for (String[] r : SECOND) grid.add(List.of(r));
        assertEquals(grid, t.grid());
        assertEquals(List.of(1, 2), t.provenance().areas().stream().map(PageArea::page).toList());
        assertEquals(2, t.cellAt(t.rowCount() - 1, 2).provenance().page());
        assertEquals(1, t.cellAt(2, 2).provenance().page());
        // the title block is read once, before the table; nothing of it is left on page 2
        List<String> texts = d.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(TITLE, texts, texts.toString());
        assertEquals(List.of(1, 1, 1, 1), d.paragraphs().stream().map(p -> p.provenance().page()).toList());
    }

    @Test
    void nextPageWithAnotherTitleIsAnotherTable() throws IOException, BadInputException {
        List<String> other = List.of("表2", "收入决算表", "部门：某某局", "单位：万元");
        Document d = read(pdf(TITLE, HEADER, other, HEADER));
        assertEquals(List.of("表1", "表2"), d.tables().stream().map(Table::id).toList(), d.blocks().toString());
        assertEquals(HEADER.length + FIRST.length, d.tables().get(0).rowCount());
        assertEquals(HEADER.length + SECOND.length, d.tables().get(1).rowCount());
        assertEquals(8, d.paragraphs().size(), d.paragraphs().toString());
    }

    @Test
    void repeatedTitleWithoutRepeatedHeaderRowsIsAnotherTable() throws IOException, BadInputException {
        Document d = read(pdf(TITLE, HEADER, TITLE, new String[0][]));
        assertEquals(2, d.tables().size(), "tables: " + d.tables());
        assertEquals(SECOND.length, d.tables().get(1).rowCount());
        assertEquals(8, d.paragraphs().size(), d.paragraphs().toString());
    }

    private static Document read(byte[] pdf) throws IOException, BadInputException {
        return new PdfReader().read(new InputFile("repeated-title.pdf", pdf, null));
    }

    /** Two pages, each a title block over a ruled table: header rows, then that page's rows. */
    static byte[] pdf(List<String> title1, String[][] header1, List<String> title2, String[][] header2)
            throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT))) {
            List<TrueTypeFont> fonts = new ArrayList<>();
            ttc.processAllFonts(fonts::add);
            PDType0Font font = PDType0Font.load(doc, fonts.get(0), true);
            page(doc, font, title1, header1, FIRST);
            page(doc, font, title2, header2, SECOND);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void page(PDDocument doc, PDType0Font font, List<String> title, String[][] header, String[][] rows)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            float y = 720;
            for (String line : title) {
                float w = font.getStringWidth(line) / 1000 * SIZE;
                text(s, font, line.startsWith("单位") ? EDGES[3] - w : line.startsWith("部门") ? EDGES[0] : (595 - w) / 2, y, line);
                y -= 22;
            }
            List<String[]> all = new ArrayList<>(List.of(header));
            all.addAll(List.of(rows));
            float top = y;
            for (String[] row : all) {
                for (int c = 0; c < row.length; c++) {
                    if (!row[c].isEmpty()) text(s, font, EDGES[c] + 4, y - 14, row[c]);
                }
                y -= ROW;
            }
            s.setLineWidth(0.5f);
            for (float ry = top; ry >= y - 0.1f; ry -= ROW) {
                s.moveTo(EDGES[0], ry);
                s.lineTo(EDGES[EDGES.length - 1], ry);
            }
            for (float x : EDGES) {
                s.moveTo(x, top);
                s.lineTo(x, y);
            }
            s.stroke();
        }
    }

    private static void text(PDPageContentStream s, PDType0Font font, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, SIZE);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
