package io.hecha.extract;

import io.hecha.TestFiles;
import io.hecha.extract.mapping.MappingSet;
import io.hecha.fixtures.DumpDocument;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project-report and self-evaluation-form samples, from their fixture sources. */
class SampleExtractionTest {
    static Extraction extract(String source) throws Exception {
        return new Extractor(MappingSet.load(), false).extract(DumpDocument.of(TestFiles.fixtureSource(source)));
    }

    @Test
    void projectReport() throws Exception {
        assertProject(extract("project-eval-sample.txt"));
    }

    static void assertProject(Extraction ex) {
        assertEquals("项目支出绩效评价", ex.report().type());
        assertEquals("青禾县交通运输局", ex.report().subject().text());
        assertEquals("县交通局", ex.report().shortName().text());
        assertEquals("91.43", ex.report().score().printed());
        assertTrue(ex.report().scoreStatements().stream().allMatch(v -> v.printed().equals("91.43")));
        assertEquals("优", ex.report().grade().text());
        assertEquals(List.of("优", "良", "合格", "不合格"), ex.report().gradeBands().stream().map(GradeBand::grade).toList());
        List<Indicator> ind = ex.indicators();
        assertEquals(22, ind.size());
        assertEquals(0, sum(ind, true).compareTo(new BigDecimal("100")));
        assertEquals(0, sum(ind, false).compareTo(new BigDecimal("91.43")));
        Indicator first = ind.get(0);
        assertEquals("决策", first.level1());
        assertEquals("15", first.level1Weight().printed());
        assertEquals("5", first.level2Weight().printed());
        assertEquals("3", first.weight().printed());
        Indicator maint = ind.stream().filter(i -> i.name().equals("制度执行有效性")).findFirst().orElseThrow();
        assertEquals("4.5", maint.score().printed());
        assertTrue(maint.explanation().contains("扣1.5分"));
        List<LabeledRow> funding = ex.tables().get("funding");
        assertEquals(4, funding.size());
        assertTrue(funding.get(0).total());
        assertEquals("1250.00", funding.get(0).values().get("预算").printed());
        assertEquals(List.of(0, 1, 1, 1), funding.stream().map(LabeledRow::level).toList());
        assertEquals(2, ex.problems().size());
        assertEquals("危桥改造任务未全部完成", ex.problems().get(1).title());
        assertEquals("目标未完成", ex.problems().get(1).category());
        assertEquals(2, ex.suggestions().size());
    }

    @Test
    void selfEvaluationForm() throws Exception {
        assertForm(extract("self-eval-form-sample.txt"));
    }

    static void assertForm(Extraction ex) {
        assertEquals("绩效自评表", ex.report().type());
        assertEquals("青禾县农村供水服务中心", ex.report().subject().text());
        assertEquals("95.67", ex.report().score().printed());
        assertEquals("优", ex.report().grade().text());
        assertEquals(0, ex.report().year().value().compareTo(new BigDecimal("2024")));
        List<Indicator> ind = ex.indicators();
        assertEquals(10, ind.size(), "预算执行率 from the funding block + 9 indicators");
        assertEquals("预算执行率", ind.get(0).name());
        assertEquals("9.47", ind.get(0).score().printed());
        assertEquals(0, sum(ind, true).compareTo(new BigDecimal("100")));
        assertEquals(0, sum(ind, false).compareTo(new BigDecimal("95.67")));
        Indicator pipes = ind.stream().filter(i -> i.name().equals("更换老旧供水管网长度")).findFirst().orElseThrow();
        assertEquals("≥40公里", pipes.target());
        assertEquals("36.8公里", pipes.actual());
        assertEquals("9.20", pipes.score().printed());
        assertTrue(pipes.explanation().startsWith("受冬季冻土影响"));
        List<LabeledRow> funding = ex.tables().get("funding");
        assertEquals(List.of("年度资金总额", "其中：本年财政拨款", "上年结转资金", "其他资金"),
                funding.stream().map(LabeledRow::label).toList());
        assertEquals(List.of(0, 1, 1, 1), funding.stream().map(LabeledRow::level).toList());
        assertEquals("331.45", funding.get(0).values().get("全年执行").printed());
    }

    static BigDecimal sum(List<Indicator> ind, boolean weights) {
        return ind.stream().map(i -> (weights ? i.weight() : i.score()).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
