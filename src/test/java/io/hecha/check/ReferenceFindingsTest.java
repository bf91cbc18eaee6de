package io.hecha.check;

import io.hecha.TestFiles;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.InputFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What the whole pipeline finds in the reference fixtures (expectations live in tests only). */
class ReferenceFindingsTest {
    private static final Pipeline PIPELINE = new Pipeline();

    static List<Finding> findings(String fixture) throws Exception {
        return PIPELINE.run(InputFile.of(TestFiles.fixture(fixture))).findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tangshan-gxj-2024.docx", "tangshan-gxj-2024-autonum.docx", "tangshan-gxj-2024-libreoffice.docx",
            "tangshan-gxj-2024.pdf"})
    void exactlyOneErrorTheNetValue(String fixture) throws Exception {
        List<Finding> all = findings(fixture);
        List<Finding> errors = all.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        Finding f = errors.get(0);
        assertEquals("fixed-assets.net-value", f.rule());
        assertEquals(List.of("1363.97", "2303.82", "933.85", "1369.97"), f.values());
        assertEquals("[1369.965, 1369.975]", f.expected());
        assertEquals("1363.97", f.actual());
        assertTrue(f.evidence().get(0).text().contains("净值合计1363.97万元"), f.evidence().toString());
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().equals("1369.97") && e.location().table().equals("表7")
                && e.location().rowLabel().equals("合计")), f.evidence().toString());
        assertFalse(f.location().sectionPath().isEmpty());
        // none of 表10's rates, nor any other correct figure, raises anything
        assertTrue(all.stream().noneMatch(x -> x.rule().startsWith("table.")), all.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tangshan-gxj-2024-corrected.docx", "tangshan-gxj-2024-corrected.pdf",
            "project-eval-sample.docx", "project-eval-sample.pdf", "self-eval-form-sample.docx"})
    void noErrorOnCorrectReports(String fixture) throws Exception {
        List<Finding> errors = findings(fixture).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tangshan-gxj-2024.docx", "tangshan-gxj-2024-corrected.docx"})
    void theKnownSuspiciousThingsAreWarnings(String fixture) throws Exception {
        List<Finding> w = findings(fixture).stream().filter(f -> f.severity() == Severity.WARNING).toList();
        assertTrue(w.stream().anyMatch(f -> f.rule().equals("text.count") && f.values().equals(List.of("18", "16"))), w.toString());
        assertTrue(w.stream().anyMatch(f -> f.rule().equals("chart.categories") && f.values().equals(List.of("6", "8"))), w.toString());
        assertTrue(w.stream().anyMatch(f -> f.rule().equals("fact.restated") && f.values().containsAll(List.of("26122.18", "26547.08"))), w.toString());
        assertTrue(w.stream().allMatch(f -> List.of("text.count", "chart.categories", "fact.restated", "indicator.name-differs")
                .contains(f.rule())), w.toString());
    }

    /** Real documents written elsewhere (a quarterly financial report with balance sheets among them): no error. */
    @org.junit.jupiter.api.Test
    void noErrorOnTheWildCorpus() throws Exception {
        for (java.nio.file.Path p : TestFiles.corpus("wild", ".docx", ".pdf", ".ofd")) {
            List<Finding> f;
            try {
                f = PIPELINE.run(InputFile.of(p)).findings();
            } catch (io.hecha.read.BadInputException e) {
                continue; // unreadable inputs are the readers' business
            }
            assertTrue(f.stream().noneMatch(x -> x.severity() == Severity.ERROR), p.getFileName() + ": " + f);
        }
    }
}
