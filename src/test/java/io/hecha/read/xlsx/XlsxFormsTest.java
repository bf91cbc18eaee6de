package io.hecha.read.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.TestFiles;
import io.hecha.check.Finding;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Section;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.output.ResultJson;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forms submitted as spreadsheets: the project's 自评表 (财预〔2020〕10号 附件2 layout: 项目资金 block,
 * then the indicator block, merged cells) written as XLSX and XLS gives the same table model, the
 * same extraction and the same findings as its DOCX; the real 绩效目标申报表 workbooks of the shared
 * corpus read into rectangular tables with numbers as displayed, and the pipeline never throws on them.
 */
class XlsxFormsTest {
    private static final Pipeline PIPELINE = new Pipeline();
    /** Keys that say where a thing stands or which file it is: they differ between formats by design. */
    private static final Set<String> WHERE = Set.of("where", "provenance", "sha256", "fileName", "format", "mediaType",
            "blockIndex", "location", "sectionPath", "section");

    @TestFactory
    Stream<DynamicTest> selfEvaluationFormAsSpreadsheetEqualsItsDocx() throws Exception {
        Result docx = PIPELINE.run(InputFile.of(TestFiles.fixture("self-eval-form-sample.docx")));
        return Stream.of("self-eval-form-sample.xlsx", "self-eval-form-sample.xls").map(name -> DynamicTest.dynamicTest(name, () -> {
            Result sheet = PIPELINE.run(InputFile.of(TestFiles.fixture(name)));
            Table expected = docx.document().tables().get(0);
            Table actual = sheet.document().tables().get(0);
            assertEquals(docx.document().tables().size(), sheet.document().tables().size());
            assertEquals(expected.grid(), actual.grid());
            assertEquals(expected.cells().size(), actual.cells().size());
            for (int i = 0; i < expected.cells().size(); i++) {
                TableCell e = expected.cells().get(i), a = actual.cells().get(i);
                assertEquals(List.of(e.row(), e.column(), e.rowSpan(), e.colSpan(), e.text()),
                        List.of(a.row(), a.column(), a.rowSpan(), a.colSpan(), a.text()), "cell " + i);
            }
            assertEquals(body(docx.document()), body(sheet.document()), "title, unit line and note are paragraphs");
            Section s = sheet.document().sections().get(0);
            assertEquals("项目支出绩效自评表", s.title(), "the sheet is the section");
            assertEquals("9.47", actual.text(4, 7));
            assertEquals("0.947", actual.cellAt(4, 6).value(), "94.70% is stored as 0.947");
            JsonNode e = ResultJson.of(docx), a = ResultJson.of(sheet);
            for (String key : List.of("report", "indicators", "funding", "problems", "suggestions", "facts", "checks", "findings")) {
                assertEquals(strip(e.get(key)), strip(a.get(key)), key);
            }
            assertFalse(a.get("indicators").isEmpty(), "the indicator block is extracted");
            assertFalse(a.get("funding").isEmpty(), "the 项目资金 block is extracted");
            assertTrue(a.get("checks").size() > 0, "the form is checked");
        }));
    }

    @TestFactory
    Stream<DynamicTest> realTargetFormsReadCleanly() {
        List<Path> files = TestFiles.corpus("real", ".xlsx");
        assertEquals(3, files.size(), "the three real XLSX of the shared corpus");
        Pattern amount = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Result r = PIPELINE.run(InputFile.of(p));
            Document d = r.document();
            assertEquals("xlsx", d.source().format());
            assertEquals("ok", d.source().status());
            assertEquals(d.sections().size(), d.tables().size(), "one form per sheet");
            int amounts = 0;
            for (Table t : d.tables()) {
                assertTrue(t.rowCount() >= 10, t.id());
                for (List<String> row : t.grid()) assertEquals(t.columnCount(), row.size(), "rectangular " + t.id());
                assertEquals(t.sectionPath(), t.provenance().sectionPath());
                assertFalse(t.provenance().cell().isEmpty());
                assertTrue(indexOf(t, "一级指标") > 0, "the indicator block follows the project block in one table");
                for (TableCell c : t.cells()) {
                    assertFalse(c.provenance().cell().isEmpty(), "every cell names its A1 cell");
                    if (c.value() != null && amount.matcher(c.text()).matches()) {
                        amounts++;
                        assertEquals(c.storedNumber().setScale(2), new java.math.BigDecimal(c.text().replace(",", "")),
                                "displayed as its format shows the stored value: " + c.provenance().cell());
                    }
                }
            }
            assertTrue(amounts >= 2 * d.tables().size(), "项目总金额 and 本年度项目金额 of each form: " + amounts);
            for (Paragraph para : d.paragraphs()) {
                if (!para.isHeading()) assertFalse(para.provenance().cell().isEmpty());
            }
            for (Finding f : r.findings()) {
                assertFalse(f.severity() == Diagnostic.Severity.ERROR, "no error finding on a real form: " + f);
            }
            ResultJson.of(r); // the JSON writes
        }));
    }

    private static int indexOf(Table t, String text) {
        for (int r = 0; r < t.rowCount(); r++) if (t.text(r, 0).equals(text)) return r;
        return -1;
    }

    private static List<String> body(Document d) {
        return d.paragraphs().stream().filter(p -> !p.isHeading()).map(Paragraph::displayText).toList();
    }

    /** The JSON without the keys that name a place or a file. */
    private static JsonNode strip(JsonNode n) {
        assertNotNull(n);
        JsonNode copy = n.deepCopy();
        strip0(copy);
        return copy;
    }

    private static void strip0(JsonNode n) {
        if (n instanceof ObjectNode o) {
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) if (WHERE.contains(it.next())) it.remove();
        }
        for (JsonNode c : n) strip0(c);
    }
}
