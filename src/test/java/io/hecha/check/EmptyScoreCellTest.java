package io.hecha.check;

import io.hecha.TestFiles;
import io.hecha.fixtures.FixtureGenerator;
import io.hecha.fixtures.Variant;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.relation.CheckedRelation;
import io.hecha.interpret.relation.Stated;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An indicator whose 得分 cell is empty beside its 分值 (as where a sheet breaks at a page) has no known
 * score: the sheet's 合计 is no known sum, neither for the table rule nor for the score sheet, unless the
 * text states that indicator's score; then the sum is checked with the text's value, located at its sentence.
 * The document is the synthetic project-eval-sample with the 沿线群众满意度 得分 cell (9.25) left empty; its
 * text still says "满意度92.50%，得分=92.50%×10=9.25分". The sheet's other 21 scores add up to 82.18; 合计 is 91.43.
 */
class EmptyScoreCellTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final String SENTENCE = "得分=92.50%×10=9.25分";

    @TempDir
    Path dir;

    /** The fixture's lines with the indicator's 得分 cell emptied and its text sentence's score replaced. */
    private static List<String> emptied(String sentenceScore) {
        List<String> lines = FixtureGenerator.readLines(TestFiles.fixtureSource("project-eval-sample.txt"));
        int at = lines.indexOf("\t沿线群众满意度");
        assertTrue(at > 0);
        assertEquals("\t9.25", lines.get(at + 3), "the 得分 cell of the indicator (name, 分值, 评分标准, 得分)");
        lines.set(at + 3, "\t");
        int said = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(SENTENCE)) said = i;
        assertTrue(said >= 0);
        lines.set(said, lines.get(said).replace(SENTENCE, sentenceScore));
        return lines;
    }

    private Path docx(List<String> lines) throws Exception {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, FixtureGenerator.docx(lines, Variant.AUTONUMBER));
        return docx;
    }

    private static List<Finding> errors(io.hecha.pipeline.Result r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static String show(List<Finding> fs) {
        return fs.stream().map(f -> f.rule() + " " + f.values() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    /** The score sheet's 得分 total relations over its indicators (more than the four dimension rows). */
    private static List<CheckedRelation> sheetTotals(Interpretation in) {
        return in.text().relations().stream()
                .filter(c -> c.rule().equals("score.total") && c.claim().concept().equals("得分") && c.operands().size() > 4).toList();
    }

    @Test
    void theTextsScoreFillsTheEmptyCellAndTheTotalHolds() throws Exception {
        Path docx = docx(emptied(SENTENCE));
        List<Finding> errors = errors(PIPELINE.run(InputFile.of(docx)));
        assertEquals("", show(errors));
        List<CheckedRelation> totals = sheetTotals(PIPELINE.interpret(Pipeline.read(InputFile.of(docx))));
        assertEquals(1, totals.size(), totals.toString());
        CheckedRelation total = totals.get(0);
        assertTrue(total.holds());
        assertEquals(22, total.operands().size(), "the 22 indicators: 21 cells and the one from the text");
        List<Stated> fromText = total.operands().stream().filter(o -> o.place().sentence() >= 0).toList();
        assertEquals(1, fromText.size());
        Stated filled = fromText.get(0);
        assertEquals(0, filled.value().compareTo(new BigDecimal("9.25")));
        assertEquals("沿线群众满意度", filled.subject());
        assertTrue(filled.place().table() >= 0 && filled.place().row() >= 0, "it stands in the empty cell's row");
    }

    @Test
    void aWrongScoreInTheTextBreaksTheTotal() throws Exception {
        // the text says 8.25: 82.18 + 8.25 = 90.43, not the sheet's 91.43
        List<Finding> errors = errors(PIPELINE.run(InputFile.of(docx(emptied("得分=92.50%×10=8.25分")))));
        List<Finding> total = errors.stream().filter(f -> f.rule().equals("score.total")).toList();
        assertEquals(1, total.size(), show(errors));
        Finding f = total.get(0);
        assertEquals("91.43", f.values().get(0));
        assertTrue(f.values().contains("8.25"), show(errors));
        assertTrue(f.message().contains("90.43"), f.message());
        assertTrue(f.evidence().stream().anyMatch(e -> e.text().contains("8.25分") && e.location().table().isEmpty()),
                "the filled value's evidence is the sentence it came from: " + f.evidence());
        assertTrue(errors.stream().noneMatch(e -> e.rule().startsWith("table.")), show(errors));
    }

    @Test
    void withoutTheTextTheTotalIsNotAsserted() throws Exception {
        Path docx = docx(emptied("满意度较高"));
        List<Finding> errors = errors(PIPELINE.run(InputFile.of(docx)));
        assertEquals("", show(errors));
        assertEquals(List.of(), sheetTotals(PIPELINE.interpret(Pipeline.read(InputFile.of(docx)))));
    }

    @Test
    void aWrongTotalOverAFilledSheetIsStillFound() throws Exception {
        // the cell kept (no hole): a wrong 合计 still breaks the table's sum and the sheet's
        List<String> lines = FixtureGenerator.readLines(TestFiles.fixtureSource("project-eval-sample.txt"));
        int at = lines.lastIndexOf("\t91.43");
        assertTrue(at > 0);
        lines.set(at, "\t92.43");
        List<Finding> errors = errors(PIPELINE.run(InputFile.of(docx(lines))));
        assertTrue(errors.stream().anyMatch(f -> f.values().contains("92.43") && f.rule().equals("table.column-total")), show(errors));
    }
}
