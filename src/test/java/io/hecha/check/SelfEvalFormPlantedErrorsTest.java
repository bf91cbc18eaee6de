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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The standard 项目支出绩效自评表 (财预〔2020〕10号 附件2 layout: a 项目资金 block with 年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分 and an indicator block with 分值, 得分 and 总分), generated as DOCX from
 * {@code fixture-sources/self-eval-form-sample.txt}: the clean form raises no error, and each error class
 * planted once — a wrong 年度资金总额, a wrong 执行率, a 得分 above its 分值, a wrong 总分 — is found as an
 * error with the planted number among its values — in the DOCX and in LibreOffice's PDF rendering of it
 * (skipped where LibreOffice is not installed; {@code scripts/render-fixtures.sh} installs it).
 */
class SelfEvalFormPlantedErrorsTest {
    private static final Pipeline PIPELINE = new Pipeline();

    @TempDir
    Path dir;

    private static List<String> form() {
        return FixtureGenerator.readLines(TestFiles.fixtureSource("self-eval-form-sample.txt"));
    }

    /** The form with the cell {@code offset} lines below the cell line {@code anchor} changed from {@code from} to {@code to}. */
    private static List<String> plant(String anchor, int offset, String from, String to) {
        List<String> lines = form();
        int at = lines.indexOf("\t" + anchor);
        assertTrue(at >= 0, anchor);
        assertEquals("\t" + from, lines.get(at + offset), "the cell planted in");
        lines.set(at + offset, "\t" + to);
        return lines;
    }

    private List<Finding> errors(List<String> lines) throws Exception {
        Path docx = dir.resolve("form.docx");
        Files.write(docx, FixtureGenerator.docx(lines, Variant.STYLED));
        return errors(docx);
    }

    private static List<Finding> errors(Path file) throws Exception {
        return PIPELINE.run(InputFile.of(file)).findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private void assertFound(List<String> planted, String value, String what) throws Exception {
        assertAmong(errors(planted), value, what);
    }

    private static void assertAmong(List<Finding> errors, String value, String what) {
        assertTrue(errors.stream().anyMatch(f -> f.values().contains(value)), what + " " + value + " not found; errors:\n"
                + errors.stream().map(f -> f.rule() + " " + f.values() + " " + f.message()).collect(Collectors.joining("\n")));
    }

    @Test
    void thePlantedErrorsInThePdfRendering() throws Exception {
        Path soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("clean", form());
        forms.put("funding", plant("年度资金总额", 1, "320.00", "330.00"));
        forms.put("rate", plant("其他资金", 5, "81.00%", "18.00%"));
        forms.put("above", plant("工程验收合格率", 4, "10", "12"));
        forms.put("total", plant("{span=5}总分", 2, "95.67", "96.67"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", "pdf", "--outdir", dir.toString()));
        for (Map.Entry<String, List<String>> e : forms.entrySet()) {
            Path docx = dir.resolve(e.getKey() + ".docx");
            Files.write(docx, FixtureGenerator.docx(e.getValue(), Variant.STYLED));
            command.add(docx.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        assertEquals(List.of(), errors(dir.resolve("clean.pdf")).stream().map(Finding::message).toList());
        assertAmong(errors(dir.resolve("funding.pdf")), "330.00", "年度资金总额 ≠ Σ 其中");
        assertAmong(errors(dir.resolve("rate.pdf")), "18.00%", "执行率 ≠ 全年执行数 / 全年预算数");
        assertAmong(errors(dir.resolve("above.pdf")), "12", "得分 > 分值");
        assertAmong(errors(dir.resolve("total.pdf")), "96.67", "总分 ≠ Σ 得分");
    }

    @Test
    void theCleanFormRaisesNoError() throws Exception {
        assertEquals(List.of(), errors(form()).stream().map(Finding::message).toList());
    }

    @Test
    void aWrongAnnualFundingTotal() throws Exception {
        // 年初预算数: 300.00 + 0.00 + 20.00 = 320.00 printed as 330.00
        assertFound(plant("年度资金总额", 1, "320.00", "330.00"), "330.00", "年度资金总额 ≠ Σ 其中");
    }

    @Test
    void aWrongExecutionRate() throws Exception {
        // 其他资金: 16.20 / 20.00 = 81.00%, printed as 18.00%
        assertFound(plant("其他资金", 5, "81.00%", "18.00%"), "18.00%", "执行率 ≠ 全年执行数 / 全年预算数");
    }

    @Test
    void aScoreAboveItsWeight() throws Exception {
        // 工程验收合格率: 分值 10, 得分 12
        assertFound(plant("工程验收合格率", 4, "10", "12"), "12", "得分 > 分值");
    }

    @Test
    void aWrongTotalScore() throws Exception {
        // 9.47 + 10 + 9.20 + 10 + 9 + 10 + 10 + 10 + 8 + 10 = 95.67, printed as 96.67
        assertFound(plant("{span=5}总分", 2, "95.67", "96.67"), "96.67", "总分 ≠ Σ 得分");
    }
}
