package io.hecha.extract;

import io.hecha.TestFiles;
import io.hecha.extract.mapping.MappingSet;
import io.hecha.fixtures.DumpDocument;
import io.hecha.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction of the reference report, built from its text dump (the fixture generator's parser and
 * layout) so that it does not depend on a reader. {@link FixtureExtractionTest} runs the same
 * expectations on the DOCX fixture.
 */
class ReferenceExtractionTest {
    static Extraction ex;

    @BeforeAll
    static void extract() throws Exception {
        Document doc = DumpDocument.of(TestFiles.shared().resolve("reference/tangshan-gxj-2024-overall-evaluation.txt"));
        ex = new Extractor(MappingSet.load(), false).extract(doc);
    }

    @Test
    void reportFields() {
        assertReference(ex);
    }

    /** The expectations on the reference report, shared with the DOCX fixture test. */
    static void assertReference(Extraction ex) {
        assertEquals("部门整体支出绩效评价.yaml", ex.mapping());
        ReportInfo r = ex.report();
        assertEquals("部门整体支出绩效评价", r.type());
        assertEquals("唐山市工业和信息化局", r.subject().text());
        assertEquals("唐山市工信局", r.shortName().text());
        assertEquals(0, new BigDecimal("2024").compareTo(r.year().value()));
        assertEquals("88.76", r.score().printed());
        assertEquals(2, r.score().decimals());
        assertEquals("良", r.grade().text());
        // stated in 摘要, conclusion, 表11 合计 and the 附件 sheet
        assertTrue(r.scoreStatements().size() >= 4, () -> "score statements " + r.scoreStatements());
        assertTrue(r.scoreStatements().stream().allMatch(v -> v.printed().equals("88.76")));
        assertTrue(r.scoreStatements().stream().anyMatch(v -> v.where().isCell()));
        assertTrue(r.gradeStatements().size() >= 2);
        // bands stated in the text: 90（含）-100 优, 80（含）-90 良, 60（含）-80 中, <60 差
        assertEquals(List.of("优", "良", "中", "差"), r.gradeBands().stream().map(GradeBand::grade).toList());
        GradeBand good = r.gradeBands().get(1);
        assertEquals(0, good.lower().compareTo(new BigDecimal("80")));
        assertTrue(good.lowerInclusive());
        assertFalse(good.upperInclusive());
        assertTrue(good.contains(new BigDecimal("88.76")));
        // evaluator is not named in the report: a diagnostic says so
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.message().contains("report.evaluator")));

        List<Indicator> ind = ex.indicators();
        assertEquals(33, ind.size());
        BigDecimal w = ind.stream().map(i -> i.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal s = ind.stream().map(i -> i.score().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, w.compareTo(new BigDecimal("100")));
        assertEquals(0, s.compareTo(new BigDecimal("88.76")));
        assertTrue(ind.stream().allMatch(i -> !i.criteria().isBlank()), "every indicator has 评分标准");
        Indicator gp = ind.stream().filter(i -> i.name().equals("政府采购执行率")).findFirst().orElseThrow();
        assertEquals("0.76", gp.score().printed());
        assertTrue(gp.explanation().contains("75.99%"));
        assertEquals("B15", gp.code());
        assertEquals("过程", gp.level1());
        assertEquals("35", gp.level1Weight().printed());
        assertEquals("", ind.get(0).explanation());
        // every indicator merged with its per-dimension table row; renamed ones keep both names
        assertTrue(ind.stream().allMatch(i -> i.statements().stream().filter(x -> !x.tableId().isEmpty()).count() == 1),
                "each has one table statement");
        // and the text restates each one: "B15政府采购执行率（1分）：……该指标得0.76分"
        assertTrue(ind.stream().allMatch(i -> i.statements().stream().filter(x -> x.tableId().isEmpty()).count() == 1),
                () -> "each has one text statement: " + ind.stream().filter(i -> i.statements().size() != 2).map(Indicator::name).toList());
        Indicator.IndicatorStatement gpText = gp.statements().stream().filter(x -> x.tableId().isEmpty()).findFirst().orElseThrow();
        assertEquals("1", gpText.weight().printed());
        assertEquals("0.76", gpText.score().printed());
        assertFalse(gpText.where().isCell());
        assertTrue(gpText.where().ref().startsWith("#/paragraphs/"), gpText.where().ref());
        assertEquals(Set.of("A1", "A2", "A3", "A4"), ind.stream().filter(i -> i.level1().equals("决策"))
                .map(Indicator::code).collect(Collectors.toSet()));
        Indicator d1 = ind.stream().filter(i -> i.code().equals("D1")).findFirst().orElseThrow();
        assertEquals("推动工业经济平稳运行", d1.name());
        assertEquals("提振工业经济运行", d1.statements().get(0).name());
        assertEquals("表16", d1.statements().get(0).tableId());

        // fixed assets: 4 units + 合计 from 表7, and the text's totals sentence
        List<LabeledRow> fa = ex.tables().get("fixedAssets");
        List<LabeledRow> fromTable = fa.stream().filter(x -> x.where().isCell()).toList();
        assertEquals(5, fromTable.size());
        assertTrue(fromTable.stream().allMatch(x -> x.where().table().equals("表7")));
        LabeledRow total = fromTable.get(4);
        assertTrue(total.total());
        assertEquals("1369.97", total.values().get("净值").printed());
        assertEquals("万元", total.values().get("净值").unit());
        LabeledRow text = fa.stream().filter(x -> !x.where().isCell()).findFirst().orElseThrow();
        assertEquals("1363.97", text.values().get("净值").printed());
        assertEquals("933.85", text.values().get("累计折旧").printed());
        assertEquals("2303.82", text.values().get("原值").printed());

        // 三公: hierarchy and total
        List<LabeledRow> tp = ex.tables().get("threePublic");
        assertEquals(List.of(0, 0, 1, 1, 0, 0), tp.stream().map(LabeledRow::level).toList());
        assertTrue(tp.get(5).total());
        // budget: the three unit tables with their totals
        List<LabeledRow> budget = ex.tables().get("budget");
        assertTrue(budget.stream().anyMatch(x -> x.total() && x.values().containsKey("年初预算")
                && x.values().get("年初预算").printed().equals("4272.52")));
        assertTrue(budget.stream().anyMatch(x -> x.total() && x.values().containsKey("年末决算")));
        assertTrue(budget.stream().anyMatch(x -> x.total() && x.values().containsKey("预算调整")));
        // projects: 36 projects and the total
        List<LabeledRow> projects = ex.tables().get("projects");
        assertEquals(37, projects.size());
        assertEquals("51.59%", projects.get(1).values().get("执行率").printed());

        // problems: the four groups, in the 摘要 and in the body
        List<Item> top = ex.problems().stream().filter(i -> i.level() == 0).toList();
        assertEquals(8, top.size());
        assertEquals(List.of("绩效目标", "财务管理", "政府采购", "目标未完成"),
                top.subList(4, 8).stream().map(Item::category).toList());
        assertTrue(ex.problems().stream().anyMatch(i -> i.category().equals("合同管理")));
        assertTrue(ex.problems().stream().anyMatch(i -> i.category().equals("资产管理")));
        assertEquals(8, ex.suggestions().stream().filter(i -> i.level() == 0).count());

        // facts
        Fact net = ex.facts().stream().filter(f -> f.label().equals("净值合计")).findFirst().orElseThrow();
        assertEquals("1363.97", net.value().printed());
        assertEquals("万元", net.value().unit());
        assertTrue(ex.facts().stream().anyMatch(f -> f.value().unit().equals("个")
                && f.value().value().intValue() == 19));
        assertTrue(ex.checks().contains("fixed-asset-net-value"));
    }
}
