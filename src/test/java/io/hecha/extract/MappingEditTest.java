package io.hecha.extract;

import io.hecha.extract.mapping.MappingSet;
import io.hecha.model.Block;
import io.hecha.model.Document;
import io.hecha.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reviewer edits a mapping (a copy in $HECHA_HOME/mappings) and sees the effect on the next run. */
class MappingEditTest {
    static Document doc() {
        List<Block> blocks = List.of(
                TestDocs.heading(1, "某某市某某局2023年度部门整体支出绩效评价报告"),
                TestDocs.para("某某市某某局2023年整体支出绩效评价得分85.50分，评价等级为“良”。"),
                TestDocs.para("表3  固定资产情况表"),
                TestDocs.table("表3", List.of(
                        List.of("单位名称", "资产原价（万元）", "账面净值（万元）"),
                        List.of("本级", "100.00", "60.00"),
                        List.of("合计", "100.00", "60.00"))));
        return TestDocs.document(blocks);
    }

    @Test
    void addedSynonymTakesEffectWithoutRebuild(@TempDir Path home) throws Exception {
        Path dir = Files.createDirectories(home.resolve("mappings"));
        Path copy = dir.resolve("部门整体支出绩效评价.yaml");
        Files.copy(Path.of("mappings/部门整体支出绩效评价.yaml"), copy);
        String old = System.getProperty("hecha.home");
        System.setProperty("hecha.home", home.toString());
        try {
            Extraction before = new Pipeline().extract(doc());
            List<LabeledRow> fa = before.tables().get("fixedAssets");
            assertTrue(fa.stream().noneMatch(r -> r.values().containsKey("原值")), "资产原价 is not a synonym yet");

            String yaml = Files.readString(copy, StandardCharsets.UTF_8);
            String edited = yaml.replace("原值: { headers: [原值, 固定资产原值, 账面原值] }",
                    "原值: { headers: [原值, 固定资产原值, 账面原值, 资产原价] }");
            assertFalse(yaml.equals(edited), "the line to edit is in the mapping");
            Files.writeString(copy, edited, StandardCharsets.UTF_8);

            Extraction after = new Pipeline().extract(doc());
            LabeledRow total = after.tables().get("fixedAssets").stream().filter(LabeledRow::total).findFirst().orElseThrow();
            assertEquals("100.00", total.values().get("原值").printed());
            assertEquals("60.00", total.values().get("净值").printed());
            assertEquals(home.resolve("mappings").toAbsolutePath().normalize().toString(), MappingSet.load().origin());
        } finally {
            if (old == null) System.clearProperty("hecha.home");
            else System.setProperty("hecha.home", old);
        }
    }
}
