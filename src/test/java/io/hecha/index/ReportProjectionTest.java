package io.hecha.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.TestFiles;
import io.hecha.output.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What of a result JSON is indexed, and how. */
class ReportProjectionTest {
    @Test
    void regionIsTheAdministrativePrefixOfTheUnitsName() {
        assertEquals("青禾县", ReportProjection.regionOf("青禾县交通运输局"));
        assertEquals("上海市普陀区", ReportProjection.regionOf("上海市普陀区人民政府万里街道办事处"));
        assertEquals("某某市", ReportProjection.regionOf("某某市城市管理和综合执法局"), "城市 is not a second level");
        assertEquals("", ReportProjection.regionOf("国家信访局"));
        assertEquals("", ReportProjection.regionOf(""));
    }

    @Test
    void theExtractionBecomesFieldsAndTheTextBecomesLocatedLines() throws Exception {
        JsonNode json = Json.MAPPER.readTree(TestFiles.golden("project-eval-sample.docx").toFile());
        ReportRecord r = ReportProjection.of(json, "id", "hash");
        assertEquals("项目支出绩效评价", r.keyword(Fields.TYPE));
        assertEquals("县交通局", r.keyword(Fields.SHORT_NAME));
        assertEquals("青禾县", r.keyword(Fields.REGION));
        assertEquals(0, new BigDecimal("91.43").compareTo(r.numbers().get(Fields.SCORE)));
        assertEquals(0, new BigDecimal("2024").compareTo(r.numbers().get(Fields.YEAR)));
        IndicatorScore ind = r.indicators().stream().filter(i -> i.name().equals("长效养护机制建立")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.6").compareTo(ind.rate()), "3 of 5");
        List<Line> titles = r.lines().get(Fields.TITLES);
        assertTrue(titles.stream().anyMatch(l -> l.text().startsWith("一、")), titles.toString());
        assertTrue(r.lines().get(Fields.TEXT).stream().noneMatch(l -> l.text().contains("\t")), "no table-of-contents lines");
        Line cell = r.lines().get(Fields.CELLS).stream().filter(l -> l.text().startsWith("合计 · 预算执行率 · ")).findFirst().orElseThrow();
        assertTrue(cell.location().contains("\"rowLabel\":\"合计\"") && cell.location().contains("\"table\":\"表1\""), cell.location());
        assertEquals(cell, Line.parse(cell.value()));
    }

    @Test
    void valuesAreReadWhateverTheirShape() {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        assertEquals("优", JsonValues.text(f.textNode("优")));
        assertEquals("优", JsonValues.text(f.objectNode().put("text", "优")));
        assertEquals(0, new BigDecimal("98.5").compareTo(JsonValues.number(f.objectNode().put("printed", "98.5%"))));
        assertEquals(0, new BigDecimal("1234.5").compareTo(JsonValues.number(f.textNode("1,234.5"))));
        assertNull(JsonValues.number(f.nullNode()));
        assertEquals("", JsonValues.text(null));
    }
}
