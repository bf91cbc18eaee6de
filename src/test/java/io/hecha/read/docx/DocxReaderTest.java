package io.hecha.read.docx;

import io.hecha.text.WordNumberFormats;
import io.hecha.model.Bookmark;
import io.hecha.model.Chart;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Section;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.hecha.read.docx.MiniDocx.boldP;
import static io.hecha.read.docx.MiniDocx.numP;
import static io.hecha.read.docx.MiniDocx.p;
import static io.hecha.read.docx.MiniDocx.styledP;
import static io.hecha.read.docx.MiniDocx.tc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxReaderTest {
    static Document read(MiniDocx d) throws BadInputException {
        return new DocxReader().read(new InputFile("t.docx", d.bytes(), null));
    }

    @Test
    void resolvesGridSpanVerticalMergesAndGridBefore() throws Exception {
        String tbl = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc("<w:vMerge w:val=\"restart\"/>", "一级") + tc("<w:gridSpan w:val=\"2\"/>", "二级") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "") + tc("", "a") + tc("", "b") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", "c") + "</w:tr>"
                + "</w:tbl>";
        Table t = read(new MiniDocx().body(tbl)).tables().get(0);
        assertEquals(List.of(List.of("一级", "二级", "二级"), List.of("一级", "a", "b"), List.of("", "c", "")), t.grid());
        assertEquals(1, t.headerRows());
        TableCell first = t.cellAt(1, 0);
        assertEquals(0, first.row());
        assertEquals(2, first.rowSpan());
        assertEquals(2, t.cellAt(0, 2).colSpan());
        assertEquals(null, t.cellAt(2, 0), "gridBefore leaves an empty position, not a cell");
        assertEquals(5, t.cells().size());
    }

    @Test
    void continueWithoutRestartStartsANewCellAndHMergeExtendsLeft() throws Exception {
        String tbl = "<w:tbl>"
                + "<w:tr>" + tc("", "x") + tc("", "y") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "orphan") + tc("", "z") + "</w:tr>"
                + "<w:tr>" + tc("<w:hMerge w:val=\"restart\"/>", "wide") + tc("<w:hMerge/>", "") + "</w:tr>"
                + "</w:tbl>";
        Table t = read(new MiniDocx().body(tbl)).tables().get(0);
        assertEquals(List.of(List.of("x", "y"), List.of("orphan", "z"), List.of("wide", "wide")), t.grid());
        assertEquals(1, t.cellAt(1, 0).rowSpan());
        assertEquals(2, t.cellAt(2, 1).colSpan());
    }

    @Test
    void shortRowsArePaddedAndNestedTablesKeptInTheirCell() throws Exception {
        String inner = "<w:tbl><w:tr>" + tc("", "n1") + tc("", "n2") + "</w:tr></w:tbl>";
        String tbl = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("", "a") + tc("", "b") + tc("", "c") + "</w:tr>"
                + "<w:tr><w:tc>" + p("outer") + inner + p("after") + "</w:tc></w:tr>"
                + "</w:tbl>";
        Table t = read(new MiniDocx().body(tbl)).tables().get(0);
        assertEquals(3, t.grid().get(1).size());
        assertEquals("outer\nafter", t.text(1, 0));
        assertEquals("", t.text(1, 2));
        Table nested = t.cellAt(1, 0).nestedTables().get(0);
        assertEquals(List.of(List.of("n1", "n2")), nested.grid());
    }

    @Test
    void multiParagraphCellKeepsLineBreaks() throws Exception {
        String tbl = "<w:tbl><w:tr><w:tc>" + p("①一") + p("②二") + "<w:p><w:r><w:t>③</w:t><w:br/><w:t>三</w:t></w:r></w:p>"
                + "</w:tc></w:tr></w:tbl>";
        assertEquals("①一\n②二\n③\n三", read(new MiniDocx().body(tbl)).tables().get(0).text(0, 0));
    }

    private static final String CN_NUMBERING = "<w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%3\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"ideographTraditional\"/><w:lvlText w:val=\"%4.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"4\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%5\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>";

    @Test
    void rendersWordNumberingWithCountersAndRestarts() throws Exception {
        Document d = read(new MiniDocx().numbering(CN_NUMBERING).body(
                numP(1, 0, "基本情况") + numP(1, 1, "部门概况") + numP(1, 2, "项") + numP(1, 3, "甲项")
                        + numP(1, 1, "部门职能") + numP(1, 0, "财务状况") + numP(1, 1, "预算") + numP(1, 4, "x")
                        + numP(2, 0, "另起")));
        List<String> numbers = d.paragraphs().stream().map(Paragraph::number).toList();
        // %1 in a deeper level keeps level 0's own format (二.1) unless the level is w:isLgl
        assertEquals(List.of("一、", "（一）", "①", "甲.", "（二）", "二、", "（一）", "二.1", "五、"), numbers);
        assertEquals("基本情况", d.paragraphs().get(0).text(), "the number is not part of the text");
        Section first = d.sections().get(0);
        assertEquals("一、", first.number());
        assertEquals("基本情况", first.title());
        assertEquals("（一）", first.children().get(0).number());
    }

    @Test
    void multiLevelDecimalHeadingsNestAsPrinted() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String bold = "<w:rPr><w:b/></w:rPr>";
        java.util.function.BiFunction<Integer, String, String> p = (lvl, text) -> "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
                + lvl + "\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r>" + bold + "<w:t>" + text + "</w:t></w:r></w:p>";
        Document d = read(new MiniDocx().numbering(numbering).body(
                p.apply(0, "Intro") + p.apply(1, "Scope") + p.apply(1, "Terms") + p.apply(0, "Method")));
        assertEquals(List.of("1.", "1. > 1.1.", "1. > 1.2.", "2."),
                d.allSections().stream().map(Section::path).toList());
    }

    @Test
    void undefinedNumberingIsADiagnosticNotAFailure() throws Exception {
        Document d = read(new MiniDocx().body(numP(7, 0, "条目") + numP(7, 0, "条目")));
        assertEquals("", d.paragraphs().get(0).number());
        assertEquals(1, d.diagnostics().size());
        assertEquals("docx.numbering-missing", d.diagnostics().get(0).code());
    }

    @Test
    void numberFormats() {
        assertEquals("十一", WordNumberFormats.format(11, "chineseCounting"));
        assertEquals("二十", WordNumberFormats.format(20, "japaneseCounting"));
        assertEquals("⑫", WordNumberFormats.format(12, "decimalEnclosedCircle"));
        assertEquals("乙", WordNumberFormats.format(2, "ideographTraditional"));
        assertEquals("XIV", WordNumberFormats.format(14, "upperRoman"));
        assertEquals("iv", WordNumberFormats.format(4, "lowerRoman"));
        assertEquals("C", WordNumberFormats.format(3, "upperLetter"));
        assertEquals("aa", WordNumberFormats.format(27, "lowerLetter"));
        assertEquals("１２", WordNumberFormats.format(12, "decimalFullWidth"));
        assertEquals("贰拾", WordNumberFormats.format(20, "chineseLegalSimplified"));
        assertEquals("", WordNumberFormats.format(3, "bullet"));
    }

    @Test
    void longNumberedSentenceIsAListItemButShortOneIsAHeading() throws Exception {
        Document d = read(new MiniDocx().numbering(CN_NUMBERING).body(
                numP(1, 0, "部门概况")
                        + numP(1, 1, "本部门严格按照年度工作计划开展各项工作，全年共完成重点任务二十项，各项指标均达到预期目标。")));
        assertEquals(2, d.paragraphs().get(0).headingLevel());
        assertEquals(0, d.paragraphs().get(1).headingLevel());
        assertEquals("（一）", d.paragraphs().get(1).number(), "a list item still shows its number");
    }

    @Test
    void headingsFromOutlineLevelStylesAndBoldTypedNumbers() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:name w:val=\"Base\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Derived\"><w:name w:val=\"My Heading\"/><w:basedOn w:val=\"Base\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"标题 3\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"x2\"><w:name w:val=\"二级标题\"/></w:style>";
        Document d = read(new MiniDocx().styles(styles).body(
                styledP("TOC1", "一、基本情况")
                        + styledP("Derived", "Overview")
                        + styledP("a3", "Details")
                        + boldP("（一）部门概况")
                        + p("（二）不加粗的不是标题")
                        + boldP("一、本部门严格按照年度工作计划开展各项工作，全年共完成重点任务二十项，各项指标均达到预期。")
                        + boldP("二、以句号结尾的短句。")
                        + styledP("x2", "部门职能")));
        List<Paragraph> ps = d.paragraphs();
        assertEquals(0, ps.get(0).headingLevel(), "a TOC entry is never a heading");
        assertEquals(2, ps.get(1).headingLevel(), "outline level 1 through basedOn");
        assertEquals(3, ps.get(2).headingLevel(), "标题 3 style");
        assertEquals(3, ps.get(3).headingLevel(), "bold （一） ranks 3");
        assertEquals(0, ps.get(4).headingLevel());
        assertEquals(0, ps.get(5).headingLevel(), "long numbered sentence");
        assertEquals(0, ps.get(6).headingLevel(), "closing 。");
        assertEquals("My Heading", ps.get(1).style());
        assertEquals(2, ps.get(7).headingLevel(), "二级标题 style");
    }

    @Test
    void unnumberedHeadingBesideNumberedOnesOfTheSameStyleStandsBesideThem() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"H2\"><w:name w:val=\"heading 2\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";
        Document d = read(new MiniDocx().styles(styles).body(styledP("H1", "前言") + p("正文")
                + styledP("H1", "一、基本情况") + styledP("H2", "（一）部门概况") + styledP("H1", "二、财务状况")));
        assertEquals(List.of("前言", "一、", "一、 > （一）", "二、"), d.allSections().stream().map(Section::path).toList());
    }

    @Test
    void aSentenceInAHeadingStyleHeadsNoSection() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"H1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
        Document d = read(new MiniDocx().styles(styles).body(styledP("H1", "十、国有资产占用情况说明")
                + styledP("H1", "截至年末，本单位共有车辆十五辆，其中机要通信用车两辆、应急保障用车两辆；单价一百万元以上设备零台。")
                + styledP("H1", "十一、关于预算绩效情况的说明，含项目自评和部门评价的结果以及下一步改进的打算")));
        assertEquals(List.of("十、", "十一、"), d.allSections().stream().map(Section::path).toList());
        assertEquals(0, d.paragraphs().get(1).headingLevel(), "a long sentence with ； and 。 is body text");
        assertEquals(2, d.paragraphs().get(2).headingLevel(), "a long title without a sentence break stays a heading");
    }

    @Test
    void trackedChangesReadAsAccepted() throws Exception {
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">净值合计</w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>1363.97</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>1369.97</w:t></w:r></w:ins>"
                + "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>"
                + "<w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>万元</w:t></w:r></w:moveTo></w:p>";
        assertEquals("净值合计1369.97万元", read(new MiniDocx().body(body)).paragraphs().get(0).text());
    }

    @Test
    void fieldsShowTheirResultAndTocParagraphsAreNotHeadings() throws Exception {
        String toc = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>一、基本情况</w:t></w:r>"
                + "<w:r><w:tab/><w:t>3</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>二、财务状况</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        String ref = "<w:p><w:r><w:t xml:space=\"preserve\">见</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>表7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>";
        Document d = read(new MiniDocx().body(toc + ref + boldP("三、评价结论")));
        List<Paragraph> ps = d.paragraphs();
        assertEquals("一、基本情况\t3", ps.get(0).text());
        assertEquals(0, ps.get(0).headingLevel());
        assertEquals(0, ps.get(1).headingLevel(), "still inside the TOC field");
        assertEquals("见表712", ps.get(2).text());
        assertEquals(2, ps.get(3).headingLevel(), "after the TOC field ends headings count again");
    }

    @Test
    void bookmarksKeepTheirRangeAndCell() throws Exception {
        String body = "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"_Toc1\"/><w:r><w:t>a</w:t></w:r></w:p>"
                + p("b")
                + "<w:p><w:r><w:t>c</w:t></w:r><w:bookmarkEnd w:id=\"1\"/><w:bookmarkStart w:id=\"9\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"9\"/></w:p>"
                + "<w:bookmarkStart w:id=\"2\" w:name=\"between\"/><w:bookmarkEnd w:id=\"2\"/>"
                + p("d")
                + "<w:tbl><w:tr>" + tc("", "x") + "<w:tc><w:p><w:bookmarkStart w:id=\"3\" w:name=\"cell\"/><w:r><w:t>y</w:t></w:r>"
                + "<w:bookmarkEnd w:id=\"3\"/></w:p></w:tc></w:tr></w:tbl>"
                + p("表1  测试表");
        Document d = read(new MiniDocx().body(body));
        List<Bookmark> bms = d.bookmarks();
        assertEquals(List.of("_Toc1", "between", "cell"), bms.stream().map(Bookmark::name).toList());
        assertEquals(0, bms.get(0).firstBlock());
        assertEquals(2, bms.get(0).lastBlock());
        assertEquals(3, bms.get(1).firstBlock(), "a start between paragraphs attaches to the next one");
        assertEquals(List.of("between"), ((Paragraph) d.blocks().get(3)).bookmarks());
        Bookmark cell = bms.get(2);
        assertTrue(cell.inCell());
        assertEquals("表1", cell.tableId());
        assertEquals(0, cell.row());
        assertEquals(1, cell.column());
        assertEquals(List.of("cell"), d.tables().get(0).cellAt(0, 1).bookmarks());
    }

    @Test
    void bookmarkBetweenRowsGoesToTheNextCell() throws Exception {
        String body = "<w:tbl><w:tr>" + tc("", "h") + "</w:tr><w:bookmarkStart w:id=\"5\" w:name=\"rowMark\"/>"
                + "<w:tr>" + tc("", "v") + "</w:tr><w:bookmarkEnd w:id=\"5\"/></w:tbl>" + p("after");
        Document d = read(new MiniDocx().body(body));
        Bookmark b = d.bookmarks().get(0);
        assertEquals("rowMark", b.name());
        assertEquals(1, b.row());
        assertEquals(0, b.firstBlock());
        assertEquals(0, b.lastBlock());
        assertEquals(List.of("rowMark"), d.tables().get(0).cellAt(1, 0).bookmarks());
    }

    @Test
    void chartPartGivesCachedData() throws Exception {
        String chart = "<c:plotArea><c:barChart><c:barDir w:val=\"col\"/><c:ser><c:idx c:val=\"0\"/>"
                + "<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount c:val=\"1\"/><c:pt c:idx=\"0\"><c:v>得分率</c:v></c:pt></c:strCache></c:strRef></c:tx>"
                + "<c:cat><c:strRef><c:strCache><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>决策</c:v></c:pt><c:pt idx=\"1\"><c:v>过程</c:v></c:pt><c:pt idx=\"2\"><c:v>产出</c:v></c:pt></c:strCache></c:strRef></c:cat>"
                + "<c:val><c:numRef><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>0.86670000000000003</c:v></c:pt><c:pt idx=\"2\"><c:v>1</c:v></c:pt></c:numCache></c:numRef></c:val>"
                + "</c:ser></c:barChart></c:plotArea>";
        String drawing = "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                + "<c:chart r:id=\"rIdC1\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
        Document d = read(new MiniDocx().chart("rIdC1", chart).body(drawing + p("图1  得分率对比图")));
        assertEquals(1, d.charts().size());
        Chart c = d.charts().get(0);
        assertEquals("图1", c.id());
        assertEquals("bar", c.type());
        assertEquals(List.of("决策", "过程", "产出"), c.categories());
        assertEquals("得分率", c.series().get(0).name());
        assertEquals(List.of("0.86670000000000003", "", "1"), c.series().get(0).values());
        assertFalse(d.blocks().get(0) instanceof Paragraph, "a chart-only paragraph becomes the chart block");
    }

    @Test
    void notAZipIsRejectedWithTheReason() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> new DocxReader().read(new InputFile("x.docx", "hello".getBytes(), null)));
        assertTrue(e.getMessage().startsWith("x.docx: not a DOCX"), e.getMessage());
    }

    @Test
    void zipBombIsRejectedNotInflated() {
        // 30 MB of spaces compress more than 100:1, which POI's ZipSecureFile refuses
        byte[] bomb = new MiniDocx().body("<w:p><w:r><w:t xml:space=\"preserve\">" + " ".repeat(30_000_000)
                + "</w:t></w:r></w:p>").bytes();
        // through Readers: Tika's detector runs first and turns POI's ratio check off process-wide
        BadInputException e = assertThrows(BadInputException.class,
                () -> io.hecha.read.Readers.read(new InputFile("bomb.docx", bomb, null)));
        assertTrue(e.reason().toLowerCase().contains("zip bomb"), e.getMessage());
        assertThrows(BadInputException.class, () -> new DocxReader().read(new InputFile("bomb.docx", bomb, null)));
    }

    @Test
    void truncatedZipIsRejectedWithTheReason() {
        byte[] whole = new MiniDocx().body(p("a".repeat(5000))).bytes();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        BadInputException e = assertThrows(BadInputException.class,
                () -> new DocxReader().read(new InputFile("t.docx", half, null)));
        assertTrue(e.reason().contains("truncated or corrupt") || e.reason().startsWith("not a DOCX"), e.getMessage());
    }
}
