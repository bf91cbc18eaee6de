package io.hecha.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hecha.TestFiles;
import io.hecha.output.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where findings stand: from their locations to references into the document. */
class TargetResolverTest {
    /** A small document: a heading, a paragraph with two sentences, a table with a merged cell, a chart. */
    private static final String DOC = """
            {"paragraphs": [
               {"text": "资产情况", "headingLevel": 2, "bookmarks": ["_Toc1"], "provenance": {"index": 0, "section": "二、"}},
               {"text": "原值合计10.00万元。净值合计\\n 7.00万元。", "headingLevel": 0, "bookmarks": [],
                "provenance": {"index": 1, "section": "二、", "page": 3, "bbox": [72, 100, 400, 30]}},
               {"text": "其他章节的净值合计7.00万元。", "headingLevel": 0, "bookmarks": [], "provenance": {"index": 4, "section": "三、"}}],
             "tables": [{"id": "表1", "rows": [["项目", "金额"], ["合计", "8.00"], ["合计", "1.00"]],
               "cells": [{"row": 0, "column": 0, "rowSpan": 1, "colSpan": 1, "text": "项目"},
                         {"row": 0, "column": 1, "rowSpan": 1, "colSpan": 1, "text": "金额"},
                         {"row": 1, "column": 0, "rowSpan": 2, "colSpan": 1, "text": "合计",
                          "provenance": {"index": 2, "section": "", "page": 3, "bbox": [72, 200, 100, 40]}},
                         {"row": 1, "column": 1, "rowSpan": 1, "colSpan": 1, "text": "8.00",
                          "provenance": {"index": 2, "section": "", "page": 3, "bbox": [172, 200, 100, 20],
                                         "areas": [{"page": 3, "bbox": [172, 200, 100, 20]}, {"page": 4, "bbox": [172, 50, 100, 20]}]}},
                         {"row": 2, "column": 1, "rowSpan": 1, "colSpan": 1, "text": "1.00"}],
               "provenance": {"index": 2, "section": "二、"}}],
             "charts": [{"id": "图1", "categories": [], "series": [], "provenance": {"index": 3, "section": "二、"}}]}
            """;

    private final TargetResolver resolver = new TargetResolver(parse(DOC));

    @Test
    void aCellByTableIdRowAndColumnWithItsPageAreas() {
        JsonNode t = resolver.resolve(parse("{\"table\": \"表1\", \"row\": 1, \"column\": 1, \"rowLabel\": \"合计\", \"columnLabel\": \"金额\"}"), "8.00", "evidence");
        assertEquals("#/tables/0/cells/1/1", t.path("ref").asText());
        assertEquals(3, t.path("page").asInt());
        assertEquals(2, t.path("areas").size(), "a cell over a page break keeps both parts");
        assertEquals("表1 「合计」行 「金额」列", t.path("where").asText());
    }

    @Test
    void aPositionInsideAMergedCellTakesThatCellsPlace() {
        JsonNode t = resolver.resolve(parse("{\"table\": \"表1\", \"row\": 2, \"column\": 0}"), "", "evidence");
        assertEquals("#/tables/0/cells/2/0", t.path("ref").asText(), "the reference stays the grid position");
        assertEquals("[72,200,100,40]", t.path("bbox").toString(), "the box is the merged cell's");
        assertNull(resolver.resolve(parse("{\"table\": \"表1\", \"row\": 9, \"column\": 9}"), "", "evidence"), "outside the table");
    }

    @Test
    void aSentenceByItsTextInItsSectionEvenWhenWhiteSpaceDiffers() {
        JsonNode t = resolver.resolve(parse("{\"sectionPath\": \"二、\"}"), "净值合计7.00万元。", "evidence");
        assertEquals("#/paragraphs/1", t.path("ref").asText(), "its own section first, not the same words elsewhere");
        String para = "原值合计10.00万元。净值合计\n 7.00万元。";
        int from = t.path("chars").get(0).asInt(), to = t.path("chars").get(1).asInt();
        assertEquals("净值合计\n 7.00万元。", para.substring(from, to));
        assertEquals(3, t.path("page").asInt());
        JsonNode elsewhere = resolver.resolve(parse("{\"sectionPath\": \"四、\"}"), "其他章节的净值合计7.00万元。", "evidence");
        assertEquals("#/paragraphs/2", elsewhere.path("ref").asText(), "a section that does not match: the whole document");
    }

    @Test
    void aBookmarkASectionAChartOrAGivenRef() {
        assertEquals("#/paragraphs/0", resolver.resolve(parse("{\"bookmark\": \"_Toc1\"}"), "", "location").path("ref").asText());
        assertEquals("#/paragraphs/0", resolver.resolve(parse("{\"sectionPath\": \"二、\"}"), "", "location").path("ref").asText());
        assertEquals("#/charts/0", resolver.resolve(parse("{\"table\": \"图1\"}"), "", "evidence").path("ref").asText());
        JsonNode given = resolver.resolve(parse("{\"ref\": \"#/paragraphs/1\", \"chars\": [0, 11]}"), "", "evidence");
        assertEquals("#/paragraphs/1", given.path("ref").asText());
        assertEquals("[0,11]", given.path("chars").toString());
        assertNull(resolver.resolve(parse("{\"ref\": \"#/paragraphs/99\"}"), "", "evidence"), "a reference to nothing");
        assertNull(resolver.resolve(parse("{\"sectionPath\": \"九、\"}"), "不存在的句子", "evidence"));
    }

    @Test
    void aFindingsPlacesAreItsEvidenceThenItsOwnCellOnce() {
        ArrayNode targets = resolver.targets(parse("""
                {"location": {"table": "表1", "row": 1, "column": 1},
                 "evidence": [{"text": "净值合计7.00万元。", "location": {"sectionPath": "二、"}},
                              {"text": "8.00", "location": {"table": "表1", "row": 1, "column": 1}}]}"""));
        List<String> refs = new ArrayList<>();
        targets.forEach(t -> refs.add(t.path("ref").asText()));
        assertEquals(List.of("#/paragraphs/1", "#/tables/0/cells/1/1"), refs);
        ArrayNode onlySection = resolver.targets(parse("{\"location\": {\"sectionPath\": \"二、\", \"bookmark\": \"_Toc1\"}, \"evidence\": []}"));
        assertEquals(1, onlySection.size(), "with no evidence the finding's own place is shown");
    }

    /** On the reference report: its 净值 finding stands on the 表7 合计/净值 cell and on the sentence. */
    @Test
    void theReferenceNetValueFinding() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(TestFiles.golden("tangshan-gxj-2024.docx").toFile());
        JsonNode finding = null;
        for (JsonNode f : doc.path("findings")) if (f.path("rule").asText().equals("fixed-assets.net-value")) finding = f;
        assertTrue(finding != null, "the reference has its net-value finding");
        ArrayNode targets = new TargetResolver(doc).targets(finding);
        boolean cell = false, sentence = false;
        for (JsonNode t : targets) {
            String ref = t.path("ref").asText();
            if (ref.startsWith("#/tables/")) {
                String[] p = ref.split("/");
                JsonNode table = doc.path("tables").get(Integer.parseInt(p[2]));
                JsonNode row = table.path("rows").get(Integer.parseInt(p[4]));
                assertTrue(table.path("id").asText().equals("表7"), ref);
                assertEquals("合计", row.get(0).asText());
                assertTrue(table.path("rows").get(0).get(Integer.parseInt(p[5])).asText().contains("净值"));
                cell = true;
            } else {
                JsonNode para = doc.path("paragraphs").get(Integer.parseInt(ref.split("/")[2]));
                String text = para.path("text").asText();
                String claimed = text.substring(t.path("chars").get(0).asInt(), t.path("chars").get(1).asInt());
                assertTrue(claimed.contains("净值合计") && claimed.contains(finding.path("actual").asText()), claimed);
                sentence = true;
            }
        }
        assertTrue(cell && sentence, targets.toString());
        assertFalse(targets.isEmpty());
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
