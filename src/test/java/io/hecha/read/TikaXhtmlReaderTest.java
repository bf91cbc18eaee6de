package io.hecha.read;

import io.hecha.TestFiles;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TikaXhtmlReaderTest {
    @Test
    void wordDocHasHeadingsTocBookmarksAndMergedTables() throws BadInputException {
        Document d = Readers.read(TestFiles.fixture("tangshan-gxj-2024.doc"));
        assertEquals("doc", d.source().format());
        Paragraph h = d.paragraphs().stream().filter(p -> p.displayText().equals("一、部门概述")).findFirst().orElseThrow();
        assertEquals(2, h.headingLevel());
        assertTrue(h.bookmarks().contains("_Toc4676"), h.bookmarks().toString());
        assertTrue(d.bookmarks().stream().anyMatch(b -> b.name().equals("_Toc4676")));
        assertEquals(17, d.tables().size());
        Table t10 = d.table("表10").orElseThrow();
        assertEquals(38, t10.rowCount());
        // contents lines are not headings
        assertTrue(d.paragraphs().stream().filter(p -> p.text().startsWith("第1部分")).anyMatch(p -> !p.isHeading()));
    }

    @Test
    void htmlTablesResolveSpansOnAGrid() throws BadInputException {
        String html = "<html><body><h1>第一部分 概况</h1><p><a name=\"_Toc1\"></a>一、基本情况</p>"
                + "<p>表1 收支情况</p><table>"
                + "<tr><td rowspan=\"2\">项目</td><td colspan=\"2\">金额</td></tr>"
                + "<tr><td>预算</td><td>决算</td></tr>"
                + "<tr><td>合计</td><td>10.00</td><td>9.50</td></tr></table></body></html>";
        Document d = Readers.read(new InputFile("a.html", html.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("html", d.source().format());
        Table t = d.table("表1").orElseThrow();
        assertEquals(List.of(List.of("项目", "金额", "金额"), List.of("项目", "预算", "决算"),
                List.of("合计", "10.00", "9.50")), t.grid());
        assertEquals(2, t.cellAt(1, 0).rowSpan());
        assertTrue(d.allSections().stream().anyMatch(s -> s.path().equals("第一部分")));
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().equals("一、基本情况")
                && p.bookmarks().contains("_Toc1") && p.headingLevel() == 0),
                "with heading tags present, only tags make headings");
    }

    @Test
    void hostileWordFilesFailClearly() {
        for (Path p : TestFiles.corpus("hostile", ".doc")) {
            try {
                Document d = Readers.read(p);
                assertFalse(d.source().format().isEmpty());
            } catch (BadInputException e) {
                assertTrue(e.getMessage().startsWith(p.getFileName() + ": "), e.getMessage());
            }
        }
    }
}
