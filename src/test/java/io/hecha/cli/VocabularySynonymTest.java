package io.hecha.cli;

import io.hecha.fixtures.FixtureGenerator;
import io.hecha.fixtures.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One vocabulary, black-box: a synonym added to a mapping's {@code concepts} changes what {@code hecha check}
 * finds — the same document, checked with the mapping before and after the edit.
 */
class VocabularySynonymTest {
    @Test
    void aSynonymAddedToTheMappingIsChecked(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, FixtureGenerator.docx(List.of(
                "[title] 某项目2024年度绩效评价报告",
                "一、项目基本情况",
                "该项目全年预算数为200.00万元，实际支出150.00万元，预算执行率为75.00%。",
                "二、资金支付情况",
                "截至年底，该项目全年预算数为200.00万元，实际支出150.00万元，支付进度为70.00%。"), Variant.STYLED));
        Path mapping = dir.resolve("项目支出绩效评价.yaml");
        String yaml = Files.readString(Path.of("mappings/项目支出绩效评价.yaml"), StandardCharsets.UTF_8);
        assertFalse(yaml.contains("支付进度"), "not a synonym yet");
        Files.writeString(mapping, yaml, StandardCharsets.UTF_8);

        CheckCommandTest.Run before = CheckCommandTest.run("check", "--mapping", mapping.toString(), docx.toString());
        assertEquals(ExitCodes.OK, before.code(), before.out() + before.err());
        assertTrue(before.out().contains("; checked 1 relation in 0 tables and 1 sentence"), before.out());

        Files.writeString(mapping, yaml + "\nconcepts:\n  预算执行率: [支付进度]\n", StandardCharsets.UTF_8);
        CheckCommandTest.Run after = CheckCommandTest.run("check", "--mapping", mapping.toString(), docx.toString());
        assertEquals(ExitCodes.FINDINGS, after.code(), after.out() + after.err());
        assertTrue(after.out().contains("ERROR text.ratio — "), after.out());
        assertTrue(after.out().contains("values: 70.00%, 150.00, 200.00"), after.out());
        assertTrue(after.out().contains("; checked 2 relations in 0 tables and 2 sentences"), after.out());
    }
}
