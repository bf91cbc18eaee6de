package io.hecha.check;

import io.hecha.TestFiles;
import io.hecha.fixtures.FixtureGenerator;
import io.hecha.fixtures.Variant;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Scores stated in the text of a 项目支出绩效评价报告 (the synthetic {@code project-eval-sample}: Word
 * auto-numbered headings, a score sheet with a 扣分原因 column) against its score sheets: the overall
 * score, the dimension scores ("其中决策指标得分X分…"), and a methodology sentence that states the weights
 * ("…分值分别为15分、25分…，总分100分"), which is never the achieved score.
 */
class ProjectReportScoresTest {
    private static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path dir;

    private static List<String> report(String from, String to) {
        List<String> lines = FixtureGenerator.readLines(TestFiles.fixtureSource("project-eval-sample.txt"));
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) if (lines.get(i).contains(from)) at = i;
        assertTrue(at >= 0, from);
        lines.set(at, lines.get(at).replace(from, to));
        return lines;
    }

    private List<Finding> errors(List<String> lines) throws Exception {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, FixtureGenerator.docx(lines, Variant.AUTONUMBER));
        return PIPELINE.run(InputFile.of(docx)).findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static String show(List<Finding> errors) {
        return errors.stream().map(f -> f.rule() + " " + f.values() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    @Test
    void aWrongOverallScoreInTheSummary() throws Exception {
        // the summary says 93.41; the sheet's 合计 and the conclusion say 91.43
        List<Finding> errors = errors(report("绩效评价得分91.43分，评价等级为“优秀”。其中", "绩效评价得分93.41分，评价等级为“优秀”。其中"));
        assertTrue(errors.stream().anyMatch(f -> f.values().contains("93.41") && f.rule().startsWith("score.")), show(errors));
    }

    @Test
    void aWrongDimensionScoreInText() throws Exception {
        // 决策's indicators sum to 13.50 (表3 and the sheet); the summary says 12.50
        List<Finding> errors = errors(report("其中决策指标得分13.50分", "其中决策指标得分12.50分"));
        assertTrue(errors.stream().anyMatch(f -> f.values().contains("12.50")), show(errors));
    }

    @Test
    void aMethodologySentenceIsNeverTheAchievedScore() throws Exception {
        List<Finding> errors = errors(report("一级指标分值分别为15分、25分、35分和25分。", "一级指标分值分别为15分、25分、35分和25分，总分100分。"));
        assertEquals("", show(errors));
    }
}
