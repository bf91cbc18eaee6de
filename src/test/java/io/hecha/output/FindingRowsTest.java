package io.hecha.output;

import io.hecha.TestFiles;
import io.hecha.model.Location;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Locations as a reviewer reads them: heading titles instead of bookmark names, a table's name once. */
class FindingRowsTest {
    @Test
    void aTableIsNamedOnce() {
        assertEquals("表7 固定资产情况表", FindingRows.table("表7", "表7  固定资产情况表"));
        assertEquals("表 7 固定资产情况表", FindingRows.table("表7", "表 7 固定资产情况表"));
        assertEquals("表7 固定资产情况表", FindingRows.table("表7", "固定资产情况表"));
        assertEquals("表7", FindingRows.table("表7", ""));
        assertEquals("资产表", FindingRows.table("", "资产表"));
    }

    @Test
    void withoutTheDocumentInternalBookmarkNamesAreHidden() {
        Location l = new Location("", "二 > （一）", "", "", null, null, "", "", 3, null, List.of(), "_Toc123", null);
        assertEquals("章节 二 > （一） · 第3页", FindingRows.describe(l));
        Location named = new Location("", "", "", "", null, null, "", "", null, null, List.of(), "附表一", null);
        assertEquals("书签 附表一", FindingRows.describe(named), "a name a person gave is kept");
    }

    @Test
    void aOnePageDocumentPutsEveryFindingOnPageOne() {
        Location noPage = new Location("", "二", "", "", null, null, "", "", null, null, List.of(), "", null);
        io.hecha.check.Finding f = new io.hecha.check.Finding("r", io.hecha.model.Diagnostic.Severity.ERROR, "m", noPage,
                List.of(new io.hecha.check.Finding.Evidence("x", noPage)), List.of(), "", "");
        for (int pages : new int[]{1, 2}) {
            io.hecha.model.Document d = new io.hecha.model.Document(new io.hecha.model.Source("a.docx", "", "docx",
                    "application/x", pages, "ok"), List.of(), List.of(), List.of(), List.of());
            FindingRow row = FindingRows.summarise("a.docx", "a.docx.json", "",
                    new Result(d, io.hecha.extract.Extraction.empty(), List.of(f))).findings().get(0);
            if (pages == 1) {
                assertEquals(1, row.page(), "docProps says one page");
                assertTrue(row.location().endsWith("第1页"), row.location());
            } else {
                assertEquals(null, row.page(), "two pages: which one is not known");
            }
        }
    }

    @Test
    void onARealReportTheBookmarkGivesWayToItsHeadingText() throws Exception {
        Result r = new Pipeline().run(InputFile.of(TestFiles.fixture("tangshan-gxj-2024.docx")));
        SummaryRow row = FindingRows.summarise("x.docx", "x.docx.json", "", r);
        assertFalse(row.findings().isEmpty());
        int withBookmark = 0;
        for (FindingRow f : row.findings()) {
            List<String> places = new java.util.ArrayList<>(List.of(f.location()));
            f.evidence().forEach(e -> places.add(e.location()));
            for (String p : places) {
                assertFalse(p.contains("_Toc") || p.contains("_Hlk"), "no Word bookmark name in " + p);
                assertFalse(p.matches(".*(表\\d+) \\1.*"), "caption doubled in " + p);
            }
            if (!f.bookmark().isEmpty()) {
                withBookmark++;
                // the heading the bookmark stands for is named by its text: the path ends with a title, not a bare number
                assertTrue(f.location().matches("章节 .*[、）)][^ >·]+.*"), f.location());
            }
        }
        assertTrue(withBookmark > 0, "the reference report has findings at bookmarked headings");
    }
}
