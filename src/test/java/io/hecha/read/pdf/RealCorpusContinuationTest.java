package io.hecha.read.pdf;

import io.hecha.TestFiles;
import io.hecha.model.Document;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A published 部门决算 PDF ({@code ../shared/corpus/real/}) that prints each table's title block
 * (表号, title, 部门, 单位：万元) again at the top of every page it continues on, with the header rows:
 * each of its eight tables is read as one table over its pages, under its own 表号.
 */
class RealCorpusContinuationTest {
    @Test
    void tablesContinuedAfterTheirRepeatedTitleBlockAreOneTableEach() throws Exception {
        Path pdf = TestFiles.shared().resolve("corpus/real/renwu-佛山市轨道交通局2019年度部门决算.pdf");
        assumeTrue(Files.isRegularFile(pdf), "not present: " + pdf);
        Document d = new PdfReader().read(InputFile.of(pdf));
        List<Table> numbered = d.tables().stream().filter(t -> t.id().startsWith("表")).toList();
        assertEquals(List.of("表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8"),
                numbered.stream().map(Table::id).toList());
        Table first = numbered.get(0);
        assertEquals(List.of(5, 6, 7), first.provenance().areas().stream().map(PageArea::page).toList());
        // the header rows (收入/支出, 项目 行次 决算数, 栏次) once, then the rows of the three pages
        assertEquals("收入", first.text(0, 0));
        assertEquals("栏次", first.text(2, 0));
        assertEquals(1, first.grid().stream().filter(r -> r.get(0).equals("栏次")).count());
        assertEquals(3 + 26, first.rowCount()); // three header rows, then 行次 1..26 (beside 27..52)
        assertEquals("本年支出合计", first.grid().stream().filter(r -> r.get(4).equals("49")).findFirst().orElseThrow().get(3));
        assertEquals("总计", first.text(first.rowCount() - 1, 0));
        assertEquals(7, first.cellAt(first.rowCount() - 1, 5).provenance().page());
        // the title block stands once, before the table's first part
        assertEquals(1, d.paragraphs().stream().map(Paragraph::text).filter("收入支出决算总表"::equals).count());
    }
}
