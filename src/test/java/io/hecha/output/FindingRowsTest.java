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
