package io.hecha.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.TestFiles;
import io.hecha.check.Finding;
import io.hecha.output.Json;
import io.hecha.output.ResultJson;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Findings and the JSON name the same cell: every evidence ref resolves to a cell showing the evidence text. */
class LocationRefTest {
    private static final Pattern CELL = Pattern.compile("^#/tables/(\\d+)/cells/(\\d+)/(\\d+)$");
    private static final Pattern PARAGRAPH = Pattern.compile("^#/paragraphs/(\\d+)$");
    private static final Pattern CHART = Pattern.compile("^#/charts/(\\d+)$");

    @Test
    void everyEvidenceRefResolvesInTheJson() throws Exception {
        for (String name : new String[]{"tangshan-gxj-2024.pdf", "tangshan-gxj-2024.docx"}) {
            Path input = TestFiles.fixtures().resolve(name);
            Result r = new Pipeline().run(InputFile.of(input));
            JsonNode json = Json.MAPPER.readTree(ResultJson.text(r));
            int cells = 0, paragraphs = 0;
            for (Finding f : r.findings()) {
                for (Finding.Evidence e : f.evidence()) {
                    String ref = e.location().ref();
                    assertFalse(ref.isEmpty(), name + ": evidence without ref: " + e);
                    Matcher c = CELL.matcher(ref), p = PARAGRAPH.matcher(ref), k = CHART.matcher(ref);
                    if (c.matches()) {
                        JsonNode cell = json.get("tables").get(Integer.parseInt(c.group(1))).get("rows")
                                .get(Integer.parseInt(c.group(2))).get(Integer.parseInt(c.group(3)));
                        assertNotNull(cell, name + ": " + ref);
                        assertTrue(cell.asText().contains(e.text().strip()) || e.text().contains(cell.asText().strip()),
                                name + ": " + ref + " shows '" + cell.asText() + "', evidence says '" + e.text() + "'");
                        assertEquals(json.get("tables").get(Integer.parseInt(c.group(1))).get("id").asText(), e.location().table());
                        cells++;
                    } else if (p.matches()) {
                        JsonNode para = json.get("paragraphs").get(Integer.parseInt(p.group(1)));
                        assertNotNull(para, name + ": " + ref);
                        String text = para.get("number").asText() + para.get("text").asText();
                        assertTrue(text.contains(e.text().strip()), name + ": " + ref + " does not hold '" + e.text() + "'");
                        int[] chars = e.location().chars();
                        if (chars != null) {
                            assertEquals(e.text().strip(), para.get("text").asText().substring(chars[0], chars[1]).strip(),
                                    name + ": chars of " + ref);
                        }
                        paragraphs++;
                    } else if (k.matches()) {
                        JsonNode chart = json.get("charts").get(Integer.parseInt(k.group(1)));
                        assertNotNull(chart, name + ": " + ref);
                        assertEquals(chart.get("id").asText(), e.location().table());
                    } else {
                        fail(name + ": unexpected ref " + ref);
                    }
                }
            }
            assertTrue(cells > 0 && paragraphs > 0, name + ": " + cells + " cell and " + paragraphs + " paragraph refs");
        }
    }
}
