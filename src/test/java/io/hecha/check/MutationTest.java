package io.hecha.check;

import io.hecha.TestFiles;
import io.hecha.fixtures.FixtureGenerator;
import io.hecha.fixtures.Variant;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.extract.Extraction;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Mutation suite: fixture variants built in memory from edited dump lines, each with one planted
 * error. Each must be found with the planted number among the finding's values, and nothing else
 * may appear that the unmutated baseline does not have.
 */
class MutationTest {
    private static Set<String> referenceBaseline;
    private static Set<String> projectBaseline;

    record Mutation(String name, String fixture, UnaryOperator<List<String>> edit, String planted) {
    }

    @BeforeAll
    static void baselines() {
        referenceBaseline = keys(run(FixtureGenerator.referenceLines(), true));
        projectBaseline = keys(run(projectLines(), false));
    }

    static List<String> projectLines() {
        return FixtureGenerator.readLines(TestFiles.fixtureSource("project-eval-sample.txt"));
    }

    static List<Finding> run(List<String> lines, boolean reference) {
        byte[] docx = reference ? FixtureGenerator.referenceDocx(lines, Variant.STYLED) : FixtureGenerator.docx(lines, Variant.STYLED);
        try {
            // the rules find what they check by header and label words: extraction is not needed here
            // (the CLI tests run the whole pipeline)
            return Checks.run(Readers.read(new InputFile("mutant.docx", docx, null)), Extraction.empty());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String key(Finding f) {
        return f.rule() + "|" + f.severity() + "|" + f.actual() + "|" + f.location().table() + "|" + f.location().row()
                + "|" + f.location().column() + "|" + f.location().sectionPath();
    }

    static Set<String> keys(List<Finding> fs) {
        return fs.stream().map(MutationTest::key).collect(Collectors.toSet());
    }

    /** Replaces {@code from} by {@code to} in the {@code occurrence}-th line containing {@code lineContains}. */
    static UnaryOperator<List<String>> edit(String lineContains, int occurrence, String from, String to) {
        return lines -> {
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(lineContains) && ++seen == occurrence) {
                    String l = lines.get(i);
                    assertTrue(l.contains(from), "no " + from + " in " + l);
                    lines.set(i, l.replace(from, to));
                    return lines;
                }
            }
            throw new AssertionError("no line with " + lineContains);
        };
    }

    /** Replaces the cell {@code offset} cells after the cell line equal to {@code "\t" + cell}. */
    static UnaryOperator<List<String>> cellAfter(String cell, int occurrence, int offset, String to) {
        return lines -> io.hecha.fixtures.FinalAccounts.plant(lines, cell, occurrence, offset, to);
    }

    static List<Mutation> mutations() {
        String ref = "reference", prj = "project";
        return List.of(
                new Mutation("transposed digits in 表2 合计", ref, edit("4272.52 ", 2, "4272.52", "4272.25"), "4272.25"),
                new Mutation("transposed digits in 表10 合计 执行数", ref, cellAfter("合计", 4, 2, "696.31"), "696.31"),
                new Mutation("wrong rate in 表10", ref, edit("51.59%", 1, "51.59%", "56.59%"), "56.59%"),
                new Mutation("wrong rate in 表8", ref, edit("98.55%", 1, "98.55%", "98.65%"), "98.65%"),
                new Mutation("score above its weight in 附件1", ref, cellAfter("预算编制完整性", 2, 3, "5"), "5"),
                new Mutation("changed summary score", ref, edit("整体支出绩效评价得分88.76分，评价等级", 1, "88.76", "86.76"), "86.76"),
                new Mutation("wrong grade", ref, edit("评价等级为“良”", 1, "“良”", "“优”"), "优"),
                new Mutation("deduction that does not match", ref, edit("综上，扣2分", 1, "扣2分", "扣3分"), "3"),
                new Mutation("formula that does not evaluate", ref, edit("得分=1*75.99%=0.76", 1, "=0.76", "=0.67"), "0.67"),
                new Mutation("wrong 三公 subtotal", ref, cellAfter("2．公务用车购置及运行维护费", 1, 3, "12.64"), "12.64"),
                new Mutation("wrong 三公 支出合计", ref, cellAfter("支出合计", 1, 2, "40.94"), "40.94"),
                new Mutation("wrong 差额", ref, edit("-118.88", 1, "-118.88", "-118.98"), "-118.98"),
                new Mutation("wrong change rate in text", ref, edit("减少比例76.87%", 1, "76.87%", "78.67%"), "78.67%"),
                new Mutation("wrong execution rate in text", ref, edit("预算执行率为97.91%", 1, "97.91%", "97.19%"), "97.19%"),
                new Mutation("wrong share in text", ref, edit("占13.33%", 1, "13.33%", "13.83%"), "13.83%"),
                new Mutation("wrong level weight in 附件1 cell", ref, edit("决策指标（15分）", 1, "15分", "16分"), "16"),
                new Mutation("wrong level weight in text", ref, edit("分值分别为15分", 1, "35分", "36分"), "36"),
                new Mutation("score in analysis text differs from table", ref, edit("根据评价标准，指标得3分", 1, "得3分", "得4分"), "4"),
                new Mutation("chart value differs from table", ref, edit("0.86670000000000003", 1, "0.86670000000000003", "0.8"), "0.8"),
                new Mutation("wrong net value in text (corrected first)", ref,
                        l -> edit("净值合计1363.97", 1, "1363.97", "1369.97").andThen(edit("固定资产原值合计", 1, "933.85", "939.85")).apply(l), "939.85"),
                new Mutation("wrong project total in sample", prj, cellAfter("合计", 1, 3, "1121.63"), "1121.63"),
                new Mutation("wrong rate in sample text", prj, edit("资金到位率94.40%；", 1, "94.40%", "94.04%"), "94.04%"),
                new Mutation("wrong grade in sample", prj, edit("评价等级为“优秀”", 1, "“优秀”", "“良好”"), "良好"));
    }

    @TestFactory
    Stream<DynamicTest> eachPlantedErrorIsFoundAndNothingElse() {
        return mutations().stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> {
            boolean reference = m.fixture().equals("reference");
            List<String> lines = new ArrayList<>(reference ? FixtureGenerator.referenceLines() : projectLines());
            List<Finding> found = run(m.edit().apply(lines), reference);
            Set<String> baseline = reference ? referenceBaseline : projectBaseline;
            List<Finding> fresh = found.stream().filter(f -> !baseline.contains(key(f))).toList();
            assertFalse(fresh.isEmpty(), m.name() + ": nothing new found; all: " + found);
            for (Finding f : fresh) {
                assertTrue(f.values().contains(m.planted()) || f.actual().equals(m.planted()),
                        m.name() + ": a new finding without the planted " + m.planted() + ": " + f);
            }
            assertTrue(fresh.stream().anyMatch(f -> f.severity() != Severity.INFO), m.name());
        }));
    }
}
