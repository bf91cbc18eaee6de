package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.BoundingBox;
import io.hecha.model.Document;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Assembler's cross-page (and cross-part) table join, on small hand-made tables. */
class AssemblerTest {
    private static final Source SOURCE = new Source("t", "", "test", "", null, "ok");

    @Test
    void htmlTableSplitIntoPartsRepeatingTheHeaderIsOneTable() throws BadInputException {
        String part = "<table><tr><th>项目</th><th>预算数</th></tr>%s</table>";
        String html = "<html><body><p>表1 收支情况</p>"
                + part.formatted("<tr><td>工资福利</td><td>10.00</td></tr>")
                + part.formatted("<tr><td><a name=\"b2\"></a>商品服务</td><td>5.00</td></tr>")
                + part.formatted("<tr><td>合计</td><td>15.00</td></tr>")
                + "<p>表2 其他</p><table><tr><th>项目</th><th>预算数</th></tr><tr><td>甲</td><td>1</td></tr></table>"
                + "</body></html>";
        Document d = Readers.read(new InputFile("a.html", html.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(List.of("表1", "表2"), d.tables().stream().map(Table::id).toList());
        Table t = d.table("表1").orElseThrow();
        assertEquals(List.of(List.of("项目", "预算数"), List.of("工资福利", "10.00"), List.of("商品服务", "5.00"),
                List.of("合计", "15.00")), t.grid());
        Bookmark b = d.bookmarks().stream().filter(x -> x.name().equals("b2")).findFirst().orElseThrow();
        assertEquals("表1", b.tableId());
        assertEquals(2, b.row());
        assertEquals(0, b.column());
        assertEquals(d.blocks().indexOf(t), b.firstBlock());
    }

    @Test
    void unpagedContinuationStartingWithADataRowJoins() {
        Table a = table(null, row(0, "项目", "金额"), row(1, "甲", "1.00"));
        Table b = table(null, row(0, "乙", "2.00"), row(1, "合计", "3.00"));
        Document d = assemble(List.of(a, blank(), b, para("说明")), null);
        assertEquals(1, d.tables().size());
        assertEquals(4, d.tables().get(0).rowCount());
        assertEquals("合计", d.tables().get(0).text(3, 0));
    }

    @Test
    void distinctTablesStayApart() {
        Table a = table(null, row(0, "项目", "金额"), row(1, "甲", "1.00"));
        // a title row across the table: a table of its own (as in statistics output)
        Table titled = table(null, List.of(cell(0, 0, 1, 2, "协方差矩阵", null)), row(1, "乙", "2.00"));
        // a header-like first row that is not the previous header
        Table headed = table(null, row(0, "单位", "人数"), row(1, "乙", "2"));
        Table wider = table(null, row(0, "乙", "2.00", "3.00"));
        assertEquals(2, assemble(List.of(a, blank(), titled), null).tables().size());
        assertEquals(2, assemble(List.of(a, blank(), headed), null).tables().size());
        assertEquals(2, assemble(List.of(a, wider), null).tables().size());
        assertEquals(2, assemble(List.of(a, para("表2 其他"), table(null, row(0, "乙", "2.00"))), null).tables().size());
    }

    @Test
    void mergedCellWhoseTextFlowsOverThePageBreakIsOneCell() {
        // page 1 ends with the first line of a merged cell ("过程", full to its right side, at its bottom)
        List<TableCell> p1 = new ArrayList<>(header(1));
        p1.add(cell(1, 0, 1, 1, "过程", box(1, 0, 100, 20, 40)));
        p1.add(cell(1, 1, 1, 1, "预算编制", box(1, 100, 300, 20, 40)));
        // page 2 repeats the header, then the rest of the merged cell over two rows
        List<TableCell> p2 = new ArrayList<>(header(2));
        p2.add(cell(1, 0, 2, 1, "指标（35分）", box(2, 0, 100, 20, 60)));
        p2.add(cell(1, 1, 1, 1, "资金管理", box(2, 100, 300, 20, 40)));
        p2.add(cell(2, 1, 1, 1, "其他", box(2, 100, 300, 40, 60)));
        int cut = Assembler.PageBreakHints.cellKey(1, 0);
        Table t = joinPages(tableOf(1, p1, 2), tableOf(2, p2, 3),
                new Assembler.PageBreakHints(true, Set.of(cut), Set.of(cut)));
        assertEquals(List.of(List.of("指标", "说明"), List.of("过程指标（35分）", "预算编制"),
                List.of("过程指标（35分）", "资金管理"), List.of("过程指标（35分）", "其他")), t.grid());
        TableCell merged = t.cellAt(3, 0);
        assertEquals(3, merged.rowSpan());
        assertEquals(List.of(1, 2), merged.provenance().areas().stream().map(PageArea::page).toList());
        assertEquals(List.of(1, 2), t.provenance().areas().stream().map(PageArea::page).toList());
        assertTrue(t.cells().stream().allMatch(c -> c.provenance().index() == 0), "cells take the table's index");
        // the same cell not running to its bottom is complete: two cells
        Table apart = joinPages(tableOf(1, p1, 2), tableOf(2, p2, 3),
                new Assembler.PageBreakHints(true, Set.of(cut), Set.of()));
        assertEquals("过程", apart.text(1, 0));
        assertEquals("指标（35分）", apart.text(2, 0));
    }

    @Test
    void rowCutByThePageBreakIsOneRow() {
        List<TableCell> p1 = new ArrayList<>(header(1));
        p1.add(cell(1, 0, 1, 1, "1", box(1, 0, 100, 20, 40)));
        p1.add(cell(1, 1, 1, 1, "资金使用合规，按照预算安排和部", box(1, 100, 300, 20, 40)));
        List<TableCell> p2 = new ArrayList<>(header(2));
        p2.add(cell(1, 0, 1, 1, "", box(2, 0, 100, 20, 40)));
        p2.add(cell(1, 1, 1, 1, "门“三定”方案执行", box(2, 100, 300, 20, 40)));
        p2.add(cell(2, 0, 1, 1, "2", box(2, 0, 100, 40, 60)));
        p2.add(cell(2, 1, 1, 1, "其他", box(2, 100, 300, 40, 60)));
        Table t = joinPages(tableOf(1, p1, 2), tableOf(2, p2, 3),
                new Assembler.PageBreakHints(true, Set.of(Assembler.PageBreakHints.cellKey(1, 1)), Set.of()));
        assertEquals(List.of(List.of("指标", "说明"), List.of("1", "资金使用合规，按照预算安排和部门“三定”方案执行"),
                List.of("2", "其他")), t.grid());
        assertEquals(List.of(1, 2), t.cellAt(1, 1).provenance().areas().stream().map(PageArea::page).toList());
    }

    private static Table joinPages(Table a, Table b, Assembler.PageBreakHints aHints) {
        Map<Integer, Assembler.PageBreakHints> hints = Map.of(0, aHints,
                1, new Assembler.PageBreakHints(false, Set.of(), Set.of()));
        Document d = Assembler.assemble(SOURCE, new Assembler.Parts(List.of(a, b), null, hints, true), List.of());
        assertEquals(1, d.tables().size());
        return d.tables().get(0);
    }

    private static List<TableCell> header(int page) {
        return List.of(cell(0, 0, 1, 1, "指标", box(page, 0, 100, 0, 20)), cell(0, 1, 1, 1, "说明", box(page, 100, 300, 0, 20)));
    }

    @Test
    void pagedPartWithOtherColumnEdgesIsAnotherTable() {
        Table a = tableOf(1, List.of(cell(0, 0, 1, 1, "甲", box(1, 0, 100, 0, 20)), cell(0, 1, 1, 1, "1", box(1, 100, 300, 0, 20))), 1);
        Table b = tableOf(2, List.of(cell(0, 0, 1, 1, "乙", box(2, 0, 150, 0, 20)), cell(0, 1, 1, 1, "2", box(2, 150, 300, 0, 20))), 1);
        Table c = tableOf(3, List.of(cell(0, 0, 1, 1, "丙", box(3, 0, 150, 0, 20)), cell(0, 1, 1, 1, "3", box(3, 150, 300, 0, 20))), 1);
        Document d = Assembler.assemble(SOURCE, new Assembler.Parts(List.of(a, b, c), null, Map.of(), true), List.of());
        assertEquals(2, d.tables().size());
        assertEquals(2, d.tables().get(1).rowCount());
    }

    @Test
    void readerBookmarksFollowTheirBlocksAcrossAJoin() {
        Table a = table(null, row(0, "项目", "金额"), row(1, "甲", "1.00"));
        Table b = table(null, row(0, "乙", "2.00"));
        List<Bookmark> marks = List.of(new Bookmark("inB", 1, 1, "", 0, 1), new Bookmark("after", 2, 2, null, -1, -1));
        Document d = assemble(List.of(a, b, para("下文")), marks);
        assertEquals(List.of(new Bookmark("inB", 0, 0, "table-1", 2, 1), new Bookmark("after", 1, 1, null, -1, -1)),
                d.bookmarks());
    }

    private static Document assemble(List<Block> blocks, List<Bookmark> marks) {
        return Assembler.assemble(SOURCE, new Assembler.Parts(blocks, marks, Map.of(), true), List.of());
    }

    private static Paragraph para(String text) {
        return new Paragraph(text, "", "", 0, List.of(), Provenance.at(0));
    }

    private static Paragraph blank() {
        return para("");
    }

    private static List<TableCell> row(int r, String... texts) {
        List<TableCell> out = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) out.add(cell(r, c, 1, 1, texts[c], null));
        return out;
    }

    private static TableCell cell(int r, int c, int rs, int cs, String text, PageArea area) {
        Provenance pv = new Provenance(0, "", area == null ? List.of() : List.of(area));
        return new TableCell(r, c, rs, cs, text, List.of(), List.of(), pv);
    }

    private static PageArea box(int page, double x0, double x1, double y0, double y1) {
        return new PageArea(page, new BoundingBox(x0, y0, x1 - x0, y1 - y0));
    }

    @SafeVarargs
    private static Table table(Integer page, List<TableCell>... rows) {
        List<TableCell> cells = new ArrayList<>();
        int cols = 0;
        for (List<TableCell> r : rows) {
            cells.addAll(r);
            for (TableCell c : r) cols = Math.max(cols, c.column() + c.colSpan());
        }
        return new Table("t", "", "", 1, cells, TableGrids.of(cells, rows.length, cols), Provenance.at(0));
    }

    private static Table tableOf(int page, List<TableCell> cells, int rows) {
        int cols = cells.stream().mapToInt(c -> c.column() + c.colSpan()).max().orElse(0);
        return new Table("t", "", "", 1, cells, TableGrids.of(cells, rows, cols),
                new Provenance(0, "", page, new BoundingBox(0, 0, 300, 60)));
    }
}
