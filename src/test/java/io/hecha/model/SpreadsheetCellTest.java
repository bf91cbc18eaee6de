package io.hecha.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.output.DocumentJson;
import io.hecha.output.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A cell's stored value and a spreadsheet cell reference in the provenance, in the model and the JSON. */
class SpreadsheetCellTest {
    @Test
    void storedNumberIsTheDecimalBehindTheDisplayedText() {
        assertEquals(new BigDecimal("0.947"), cell("94.70%", "0.947").storedNumber());
        assertEquals(new BigDecimal("-12.5"), cell("(12.50)", "-12.5").storedNumber());
        assertNull(cell("2024年3月1日", "2024-03-01").storedNumber(), "a date is not a number");
        assertNull(cell("2024/3/1 14:30", "2024-03-01T14:30").storedNumber());
        assertNull(cell("TRUE", "TRUE").storedNumber());
        assertNull(cell("合计", null).storedNumber());
    }

    @Test
    void oldConstructorsLeaveTheSpreadsheetPartsEmpty() {
        TableCell c = new TableCell(0, 0, 1, 1, "x", List.of(), List.of(), Provenance.at(3));
        assertNull(c.value());
        assertEquals("", c.provenance().cell());
        assertEquals("B7", new Provenance(3, "Sheet1", List.of(), "B7").withSectionPath("S").cell());
    }

    @Test
    void jsonWritesValueAndCellOnlyWhenPresent() {
        Table t = new Table("table-1", "", "Sheet1", 1,
                List.of(cell("94.70%", "0.947"), new TableCell(0, 1, 1, 1, "合计", List.of(), List.of(), Provenance.at(0))),
                List.of(List.of("94.70%", "合计")), new Provenance(0, "Sheet1", List.of(), "A1:B1"));
        ObjectNode root = Json.object();
        DocumentJson.write(root, new Document(new Source("a.xlsx", "", "xlsx", "x", null, "ok"),
                List.of(), List.of(t), List.of(), List.of()));
        JsonNode n = root.get("tables").get(0);
        assertEquals("A1:B1", n.get("provenance").get("cell").asText());
        JsonNode c0 = n.get("cells").get(0);
        assertEquals("0.947", c0.get("value").asText());
        assertEquals("B7", c0.get("provenance").get("cell").asText());
        JsonNode c1 = n.get("cells").get(1);
        assertFalse(c1.has("value"));
        assertFalse(c1.has("provenance"), "no page, no bbox, no cell: nothing to say");
    }

    private static TableCell cell(String text, String value) {
        return new TableCell(0, 0, 1, 1, text, List.of(), List.of(), new Provenance(0, "Sheet1", List.of(), "B7"), value);
    }
}
