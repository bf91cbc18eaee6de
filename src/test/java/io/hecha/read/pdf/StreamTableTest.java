package io.hecha.read.pdf;

import io.hecha.model.Document;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables without rulings (stream tables): a PDF written here with PDFBox and a CJK font (Debian's
 * fonts-wqy-microhei, which the test command installs), holding running text, a caption with its
 * unit, a table whose columns are only aligned text (labels left, numbers right-aligned, a centred
 * header), more running text and a table of contents without leaders.
 */
class StreamTableTest {
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final float SIZE = 10.5f;
    private static final float LEFT = 72, RIGHT = 523;
    private static final float[] NUMBER_RIGHTS = {340, 430, 523};

    @Test
    void alignedColumnsWithoutRulingsAreReadIntoTheirGrid() throws IOException, BadInputException {
        Document d = new PdfReader().read(new InputFile("stream.pdf", pdf(), null));
        assertEquals(1, d.tables().size(), "tables: " + d.tables());
        Table t = d.tables().get(0);
        assertEquals("表1", t.id());
        assertEquals(List.of(
                List.of("项目", "年初预算数", "调整预算数", "决算数"),
                List.of("一、一般公共服务支出", "1,234.56", "1,300.00", "1,280.35"),
                List.of("其中：行政运行", "800.00", "820.00", "815.20"),
                List.of("二、社会保障和就业支出", "210.00", "215.00", "214.80"),
                List.of("三、卫生健康支出", "90.50", "92.00", ""),
                List.of("合计", "1,535.06", "1,607.00", "1,586.15")), t.grid());
        assertEquals(1, t.headerRows());
        assertTrue(t.cells().stream().allMatch(c -> c.provenance().page() == 1 && c.provenance().bbox() != null));
        // running text and the contents lines stay paragraphs
        List<String> paragraphs = d.paragraphs().stream().map(Paragraph::text).toList();
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("本部门2024年度收入决算合计")), paragraphs.toString());
        assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("一、部门概况")), paragraphs.toString());
        assertTrue(paragraphs.contains("单位：万元"), paragraphs.toString());
    }

    /** The test page, drawn with text operators only (no lines, no rectangles). */
    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT))) {
            List<TrueTypeFont> fonts = new ArrayList<>();
            ttc.processAllFonts(fonts::add);
            PDType0Font font = PDType0Font.load(doc, fonts.get(0), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 780;
                text(s, font, 14, LEFT, y, "某部门2024年度收支决算说明");
                y -= 30;
                text(s, font, SIZE, LEFT + 2 * SIZE, y, "本部门2024年度收入决算合计1607.00万元，支出决算合计1586.15万元，年末结转和");
                y -= 18;
                text(s, font, SIZE, LEFT, y, "结余20.85万元。收入支出决算按支出功能分类科目列示如下。");
                y -= 30;
                text(s, font, SIZE, LEFT, y, "表1  收入支出决算表");
                right(s, font, RIGHT, y, "单位：万元");
                y -= 20;
                String[] header = {"项目", "年初预算数", "调整预算数", "决算数"};
                text(s, font, SIZE, LEFT, y, header[0]);
                for (int c = 1; c < 4; c++) {
                    float w = width(font, header[c]);
                    text(s, font, SIZE, NUMBER_RIGHTS[c - 1] - 35 - w / 2, y, header[c]);
                }
                String[][] rows = {
                        {"一、一般公共服务支出", "1,234.56", "1,300.00", "1,280.35"},
                        {"其中：行政运行", "800.00", "820.00", "815.20"},
                        {"二、社会保障和就业支出", "210.00", "215.00", "214.80"},
                        {"三、卫生健康支出", "90.50", "92.00", ""},
                        {"合计", "1,535.06", "1,607.00", "1,586.15"}};
                for (String[] row : rows) {
                    y -= 18;
                    text(s, font, SIZE, row[0].startsWith("其中") ? LEFT + SIZE : LEFT, y, row[0]);
                    for (int c = 1; c < 4; c++) {
                        if (!row[c].isEmpty()) right(s, font, NUMBER_RIGHTS[c - 1], y, row[c]);
                    }
                }
                y -= 30;
                text(s, font, SIZE, LEFT + 2 * SIZE, y, "二、关于卫生健康支出决算数为空的说明。该项目年末尚未支付，相关资金结转下年");
                y -= 18;
                text(s, font, SIZE, LEFT, y, "使用。");
                y -= 40;
                String[][] contents = {{"一、部门概况", "3"}, {"二、部门决算表", "5"}, {"三、情况说明", "12"}, {"四、名词解释", "20"}};
                for (String[] line : contents) {
                    text(s, font, SIZE, LEFT, y, line[0]);
                    right(s, font, RIGHT, y, line[1]);
                    y -= 18;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static void right(PDPageContentStream s, PDType0Font font, float right, float y, String text)
            throws IOException {
        text(s, font, SIZE, right - width(font, text), y, text);
    }

    private static float width(PDType0Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }
}
