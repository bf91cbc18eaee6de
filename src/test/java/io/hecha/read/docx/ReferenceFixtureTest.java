package io.hecha.read.docx;

import io.hecha.TestFiles;
import io.hecha.model.Bookmark;
import io.hecha.model.Chart;
import io.hecha.model.Document;
import io.hecha.model.Section;
import io.hecha.model.Table;
import io.hecha.read.BadInputException;
import io.hecha.read.Readers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference report's fixtures: the POI-written DOCX, its auto-numbered variant and the copy
 * LibreOffice saved. The same structure must come out of all three.
 */
class ReferenceFixtureTest {
    private static final String[] VARIANTS = {"tangshan-gxj-2024.docx", "tangshan-gxj-2024-autonum.docx",
            "tangshan-gxj-2024-libreoffice.docx"};

    static Document read(String name) throws BadInputException {
        return Readers.read(TestFiles.fixture(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tangshan-gxj-2024.docx", "tangshan-gxj-2024-autonum.docx", "tangshan-gxj-2024-libreoffice.docx"})
    void tablesChartsAndSections(String name) throws BadInputException {
        Document d = read(name);
        assertEquals(17, d.tables().size());
        for (Table t : d.tables()) CorpusDocxTest.assertRectangular(t);

        Table scores = d.table("附件1").orElseThrow();
        assertEquals(7, scores.columnCount());
        for (List<String> row : scores.grid()) {
            assertEquals(7, row.size());
        }
        for (int r = scores.headerRows(); r < scores.rowCount(); r++) {
            assertFalse(scores.text(r, 0).isBlank(), "一级指标 filled down, row " + r);
            assertFalse(scores.text(r, 1).isBlank(), "二级指标 filled down, row " + r);
        }

        Table t7 = d.table("表7").orElseThrow();
        assertTrue(t7.caption().contains("固定资产情况表"));

        Section part1 = d.sections().get(0);
        assertEquals("第1部分", part1.number());
        assertEquals("摘要", part1.title().replaceAll("\\s", ""));
        assertTrue(part1.bookmarks().stream().anyMatch(b -> b.startsWith("_Toc")));

        Section conclusion = find(d, "第二部分 > 四、 > （一）").orElseThrow();
        assertEquals("评价结论", conclusion.title());
        assertTrue(conclusion.bookmarks().stream().anyMatch(b -> b.startsWith("_Toc")));
        assertEquals("评价结论和绩效分析", find(d, "第二部分 > 四、").orElseThrow().title());

        assertEquals(5, d.charts().size());
        for (int i = 0; i < 5; i++) {
            Chart c = d.charts().get(i);
            assertEquals("图" + (i + 1), c.id());
            assertEquals("bar", c.type());
            assertEquals(1, c.series().size());
            assertEquals(c.categories().size(), c.series().get(0).values().size());
        }
        Chart c1 = d.charts().get(0);
        assertEquals(List.of("决策", "过程", "产出", "效益"), c1.categories());
        String first = c1.series().get(0).values().get(0);
        assertTrue(first.startsWith("0.8667"), first);
        if (!name.contains("libreoffice")) {
            // LibreOffice rewrites the cache as 0.8667; the POI-written one keeps Excel's 17 digits
            assertEquals("0.86670000000000003", first, "cached value kept exactly");
        }
        assertEquals(6, d.charts().get(3).categories().size());

        Bookmark net = d.bookmarks().stream().filter(b -> b.name().equals("_Toc26370")).findFirst().orElseThrow();
        assertTrue(((io.hecha.model.Paragraph) d.blocks().get(net.firstBlock())).text().contains("净值合计"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tangshan-gxj-2024-autonum.docx", "tangshan-gxj-2024-libreoffice.docx"})
    void variantsGiveTheSameSectionsAndGrids(String name) throws BadInputException {
        Document base = read(VARIANTS[0]);
        Document other = read(name);
        assertEquals(paths(base), paths(other));
        assertEquals(base.tables().stream().map(Table::grid).toList(), other.tables().stream().map(Table::grid).toList());
        assertEquals(base.tables().stream().map(Table::id).toList(), other.tables().stream().map(Table::id).toList());
    }

    private static List<String> paths(Document d) {
        return d.allSections().stream().map(s -> s.path() + " :: " + s.title()).toList();
    }

    private static Optional<Section> find(Document d, String path) {
        return d.allSections().stream().filter(s -> s.path().equals(path)).findFirst();
    }
}
