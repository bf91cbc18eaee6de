package io.hecha.read.pdf;

import io.hecha.model.Document;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paragraph that runs across a page break has one provenance area per page (the model's rule),
 * each the box of its lines on that page: a PDF written here with PDFBox and Debian's
 * fonts-wqy-microhei (installed by the test command).
 */
class ParagraphAcrossPagesTest {
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final float SIZE = 10.5f, LEFT = 72, LEADING = 18;
    private static final String LINE = "本部门严格执行年度预算，加强资金管理，按照规定的用途和标准安排支出，确保资金使用";

    @Test
    void aParagraphOverAPageBreakHasAnAreaOnEachPage() throws IOException, BadInputException {
        Document d = new PdfReader().read(new InputFile("across.pdf", pdf(), null));
        Paragraph across = d.paragraphs().stream().filter(p -> p.text().startsWith("第二段")).findFirst().orElseThrow();
        assertTrue(across.text().endsWith("跨页结束。"), across.text());
        List<PageArea> areas = across.provenance().areas();
        assertEquals(List.of(1, 2), areas.stream().map(PageArea::page).toList(), areas.toString());
        assertEquals(1, across.provenance().page());
        // page 1: the paragraph's four lines at the page's bottom; page 2: its two lines at the top
        assertTrue(areas.get(0).bbox().y() > 600, areas.toString());
        assertTrue(areas.get(1).bbox().y() < 100, areas.toString());
        assertEquals(2 * LEADING, areas.get(1).bbox().height(), SIZE, areas.toString());
        // a paragraph on one page keeps one area
        Paragraph first = d.paragraphs().stream().filter(p -> p.text().startsWith("第一段")).findFirst().orElseThrow();
        assertEquals(1, first.provenance().areas().size());
    }

    /** Two pages of body text; the second paragraph starts at the bottom of page 1 and ends on page 2. */
    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT))) {
            List<TrueTypeFont> fonts = new ArrayList<>();
            ttc.processAllFonts(fonts::add);
            PDType0Font font = PDType0Font.load(doc, fonts.get(0), true);
            List<List<String>> pages = List.of(new ArrayList<>(), new ArrayList<>());
            String[] firstParagraph = {"第一段" + LINE.substring(3), LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE,
                    LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE, LINE,
                    LINE, LINE, LINE, LINE, LINE, "安全、规范、有效。"};
            pages.get(0).addAll(List.of(firstParagraph));
            pages.get(0).addAll(List.of("第二段" + LINE.substring(3), LINE, LINE, LINE));
            pages.get(1).addAll(List.of(LINE, "跨页结束。"));
            pages.get(1).addAll(List.of("第三段" + LINE.substring(3), LINE, "全文完。"));
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    float y = 750;
                    for (String line : lines) {
                        boolean opens = line.startsWith("第") && line.charAt(2) == '段';
                        s.beginText();
                        s.setFont(font, SIZE);
                        s.newLineAtOffset(opens ? LEFT + 2 * SIZE : LEFT, y);
                        s.showText(opens ? line.substring(0, line.length() - 2) : line);
                        s.endText();
                        y -= LEADING;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
