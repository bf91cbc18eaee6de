package io.hecha.check;

import io.hecha.check.semantic.ChartTableCheck;
import io.hecha.check.semantic.CountCheck;
import io.hecha.check.semantic.NetValueCheck;
import io.hecha.check.semantic.OverallScoreCheck;
import io.hecha.check.semantic.ScoreSheetCheck;
import io.hecha.extract.Extraction;
import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.ChartSeries;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SemanticRulesTest {
    /** A document of paragraphs (strings), tables (String[][]) and charts, in order. */
    static Document doc(Object... parts) {
        List<Block> blocks = new ArrayList<>();
        for (Object o : parts) {
            Provenance p = Provenance.at(blocks.size());
            if (o instanceof String s) blocks.add(new Paragraph(s, "", "", 0, List.of(), p));
            else if (o instanceof String[][] g) {
                Table t = DumpDocuments.grid(g);
                blocks.add(new Table("表" + (blocks.size() + 1), "", "", 1, t.cells(), t.grid(), p));
            } else if (o instanceof Chart c) blocks.add(new Chart("图1", "图1", "bar", c.categories(), c.series(), p));
        }
        return new Document(new Source("t", "", "docx", "", null, "ok"), List.of(), blocks, List.of(), List.of());
    }

    static final String[][] ASSETS = {
            {"单位名称", "固定资产原值（万元）", "累计折旧（万元）", "固定资产净值（万元）"},
            {"甲", "437.04", "349.58", "87.46"},
            {"乙", "125.89", "113.67", "12.22"},
            {"合计", "562.93", "463.25", "99.68"}};

    @Test
    void netValueInTableRowsAndText() {
        assertTrue(new NetValueCheck().check(doc("固定资产原值合计562.93万元，累计折旧463.25万元，净值合计99.68万元。", ASSETS),
                Extraction.empty()).isEmpty());
        List<Finding> f = new NetValueCheck().check(doc("固定资产原值合计562.93万元，累计折旧463.25万元，净值合计96.98万元。", ASSETS),
                Extraction.empty());
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of("96.98", "562.93", "463.25", "99.68"), f.get(0).values());
        assertEquals("[99.675, 99.685]", f.get(0).expected());
        String[][] bad = ASSETS.clone();
        bad[1] = new String[]{"甲", "437.04", "349.58", "78.46"};
        f = new NetValueCheck().check(doc((Object) bad), Extraction.empty());
        assertEquals(1, f.size());
        assertEquals("78.46", f.get(0).actual());
    }

    static final String[][] SHEET = {
            {"一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "评分说明"},
            {"决策指标（7分）", "目标", "目标科学性", "5", "每发现一处扣1分，扣完为止。", "3", "目标不完整。扣1分\n指标不量化。扣1分\n综上，扣2分"},
            {"决策指标（7分）", "预算", "预算完整性", "2", "完整得2分", "2", ""},
            {"过程指标（3分）", "采购", "政府采购执行率", "1", "得分=执行率×1分", "0.76", "执行率75.99%，得分=1*75.99%=0.76"},
            {"过程指标（3分）", "采购", "节资率", "2", "", "1", "节资率0.16%，扣1分。"},
            {"合计", "合计", "", "10", "", "6.76", ""}};

    @Test
    void consistentScoreSheetRaisesNothing() {
        assertTrue(new ScoreSheetCheck().check(doc("一级指标决策、过程分值分别为7分、3分。", SHEET), Extraction.empty()).isEmpty());
    }

    static List<Finding> sheetWith(int row, int col, String text) {
        String[][] g = new String[SHEET.length][];
        for (int i = 0; i < g.length; i++) g[i] = SHEET[i].clone();
        g[row][col] = text;
        return new ScoreSheetCheck().check(doc((Object) g), Extraction.empty());
    }

    @Test
    void scoreAboveWeightDeductionFormulaAndLevelWeight() {
        List<Finding> f = sheetWith(2, 5, "3");
        assertTrue(f.stream().anyMatch(x -> x.rule().equals(ScoreSheetCheck.ABOVE_WEIGHT) && x.values().contains("3")), f.toString());
        f = sheetWith(1, 6, "目标不完整。扣1分\n综上，扣1分");
        assertEquals(ScoreSheetCheck.DEDUCTION, f.get(0).rule());
        assertEquals("1", f.get(0).actual());
        f = sheetWith(3, 6, "得分=1*75.99%=0.67");
        assertEquals(ScoreSheetCheck.FORMULA, f.get(0).rule());
        assertEquals("0.67", f.get(0).actual());
        f = sheetWith(3, 6, "得分=1*75.99%=0.76分，计0.8分");
        assertTrue(f.isEmpty(), "formula consistent with the score: " + f);
        f = sheetWith(1, 0, "决策指标（8分）");
        assertEquals(ScoreSheetCheck.LEVEL_WEIGHT, f.get(0).rule());
        assertEquals("8", f.get(0).actual());
        f = new ScoreSheetCheck().check(doc("一级指标决策、过程分值分别为6分、4分。", SHEET), Extraction.empty());
        assertEquals(2, f.size());
    }

    @Test
    void deductionRulesInCriteriaAreNotDeductions() {
        assertTrue(sheetWith(4, 6, "每发现一处扣0.5分，扣完为止").isEmpty());
    }

    @Test
    void gradeAndOverallScore() {
        String bands = "绩效评级分优、良、中、差，90分（含）-100分为优、80（含）分-90分为良、60分（含）-80分为中、60分以下为差。";
        String[][] top = {{"一级指标", "权重", "分值", "得分率"}, {"决策", "15", "13", "86.67%"}, {"过程", "85", "75.76", "89.13%"},
                {"合计", "100", "88.76", "88.76%"}};
        assertTrue(new OverallScoreCheck().check(doc(bands, "评价得分88.76分，评价等级为“良”。", top), Extraction.empty()).isEmpty());
        List<Finding> f = new OverallScoreCheck().check(doc(bands, "评价得分88.76分，评价等级为“优”。", top), Extraction.empty());
        assertEquals(1, f.size());
        assertEquals(OverallScoreCheck.GRADE_RULE, f.get(0).rule());
        f = new OverallScoreCheck().check(doc(bands, "评价得分86.76分，评价等级为“良”。", "整体得分88.76分，属于“良”。", top), Extraction.empty());
        assertEquals(1, f.size());
        assertEquals(OverallScoreCheck.RESTATED_RULE, f.get(0).rule());
        assertEquals("86.76", f.get(0).actual());
        // the report's own bands win over the default: 85 is 优 under these
        assertTrue(new OverallScoreCheck().check(doc("85分（含）以上为优秀，60分（含）至85分为合格。", "评价得分86.00分，评价等级为“优秀”。"),
                Extraction.empty()).isEmpty());
    }

    @Test
    void chartAgainstItsTable() {
        String[][] t = {{"二级指标", "代码", "三级指标", "权重", "得分", "得分率"}, {"a", "C1", "x", "3", "3", "100.00%"},
                {"a", "C2", "y", "4", "3", "75.00%"}, {"b", "C3", "z", "5", "5", "100.00%"}};
        Chart ok = new Chart("c", "", "bar", List.of("C1", "C2", "C3"), List.of(new ChartSeries("得分率", List.of("1", "0.75", "1"))), Provenance.at(0));
        assertTrue(new ChartTableCheck().check(doc(t, ok), Extraction.empty()).isEmpty());
        Chart bad = new Chart("c", "", "bar", List.of("C1", "C2", "C3"), List.of(new ChartSeries("得分率", List.of("1", "0.57", "1"))), Provenance.at(0));
        List<Finding> f = new ChartTableCheck().check(doc(t, bad), Extraction.empty());
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("0.57", f.get(0).actual());
        Chart fewer = new Chart("c", "", "bar", List.of("C1", "C2"), List.of(new ChartSeries("得分率", List.of("1", "0.75"))), Provenance.at(0));
        f = new ChartTableCheck().check(doc(t, fewer), Extraction.empty());
        assertEquals(1, f.size());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void countsAndSameLabel() {
        String[][] t = {{"二级指标", "代码", "三级指标", "权重", "得分", "得分率"}, {"a", "C1", "x", "3", "3", "100.00%"},
                {"a", "C2", "y", "4", "3", "75.00%"}, {"b", "C3", "z", "5", "5", "100.00%"}};
        assertTrue(new CountCheck().check(doc("产出方面共有2个二级指标、3个三级指标，具体得分情况见表1。", t), Extraction.empty()).isEmpty());
        List<Finding> f = new CountCheck().check(doc("产出方面共有2个二级指标、4个三级指标，具体得分情况见表1。", t), Extraction.empty());
        assertEquals(1, f.size());
        assertEquals(List.of("4", "3"), f.get(0).values());
        f = new CountCheck().check(doc("二级指标3个：履职管理、预算编制，三级指标5个。"), Extraction.empty());
        assertEquals(List.of("3", "2"), f.get(0).values());
    }

    @Test
    void semanticRulesFollowTheMappingsChecksList() {
        Document d = doc("固定资产原值合计562.93万元，累计折旧463.25万元，净值合计96.98万元。", ASSETS);
        Extraction listed = new Extraction("m.yaml", null, List.of(), java.util.Map.of(), List.of(), List.of(), List.of(),
                List.of("fixed-asset-net-value"), List.of());
        Extraction notListed = new Extraction("m.yaml", null, List.of(), java.util.Map.of(), List.of(), List.of(), List.of(),
                List.of("score-sheet"), List.of());
        assertEquals(1, Checks.run(d, listed).stream().filter(f -> f.rule().equals(NetValueCheck.RULE)).count());
        assertEquals(1, Checks.run(d, Extraction.empty()).stream().filter(f -> f.rule().equals(NetValueCheck.RULE)).count(),
                "no mapping matched: every rule runs");
        // not listed: the table rule is off, while the relation the vocabulary declares (净值 = 原值 − 累计折旧)
        // still holds in the text, with the text's numbers only
        List<Finding> off = Checks.run(d, notListed).stream().filter(f -> f.rule().equals(NetValueCheck.RULE)).toList();
        assertEquals(1, off.size());
        assertEquals(List.of("96.98", "562.93", "463.25"), off.get(0).values());
    }
}
