package io.hecha.extract;

import io.hecha.extract.mapping.LoadedMapping;
import io.hecha.extract.mapping.MappingSet;
import io.hecha.model.Document;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts, grade bands, word matching and organisation names on small hand-made documents. */
class TextReadingTest {
    static LoadedMapping department() {
        return MappingSet.fromDirectory(Path.of("mappings")).mappings().stream()
                .filter(m -> m.mapping().type().equals("部门整体支出绩效评价")).findFirst().orElseThrow();
    }

    static Extraction extract(String... paragraphs) {
        List<io.hecha.model.Block> blocks = new java.util.ArrayList<>();
        blocks.add(TestDocs.heading(1, "某某县某某局2022年度部门整体支出绩效评价报告"));
        for (String p : paragraphs) blocks.add(TestDocs.para(p));
        Document doc = TestDocs.document(blocks);
        return Extractor.extract(doc, department());
    }

    @Test
    void factsWithLabelsUnitsAndChineseNumerals() {
        Extraction ex = extract("该局设有十九个内设机构，在职人员107人，固定资产净值合计1,234.50万元，执行率为98.5％。",
                "依据《预算法》（2018年修正）和财预〔2020〕10号文件，2023年12月完成评价。");
        List<Fact> f = ex.facts();
        Fact units = f.stream().filter(x -> x.value().printed().equals("十九")).findFirst().orElseThrow();
        assertEquals("个", units.value().unit());
        assertEquals(0, units.value().value().compareTo(new BigDecimal("19")));
        assertTrue(units.value().exact());
        Fact people = f.stream().filter(x -> x.value().unit().equals("人")).findFirst().orElseThrow();
        assertEquals("在职人员", people.label());
        Fact net = f.stream().filter(x -> x.label().equals("固定资产净值合计")).findFirst().orElseThrow();
        assertEquals("1,234.50", net.value().printed());
        assertEquals(0, net.value().value().compareTo(new BigDecimal("1234.50")));
        assertEquals(2, net.value().decimals());
        assertEquals("万元", net.value().unit());
        assertFalse(net.value().exact());
        Fact rate = f.stream().filter(x -> x.value().unit().equals("%")).findFirst().orElseThrow();
        assertEquals("执行率为", rate.label());
        assertEquals(0, rate.value().value().compareTo(new BigDecimal("98.5")));
        // years, dates and document numbers are not facts
        assertTrue(f.stream().noneMatch(x -> x.value().printed().startsWith("20")), () -> f.toString());
        assertTrue(f.stream().noneMatch(x -> x.value().printed().equals("10")), () -> f.toString());
    }

    @Test
    void gradeBandsInOtherWords() {
        Extraction ex = extract("绩效评价得分90分以上为优秀，80-90分为良好，60-80分为中等，60分以下为差。",
                "某某县某某局2022年整体支出绩效评价得分91.2分，评价等级为优秀。");
        List<GradeBand> b = ex.report().gradeBands();
        assertEquals(List.of("优", "良", "中", "差"), b.stream().map(GradeBand::grade).toList());
        assertTrue(b.get(0).contains(new BigDecimal("90")));
        assertFalse(b.get(1).contains(new BigDecimal("90")));
        assertTrue(b.get(1).contains(new BigDecimal("80")));
        assertTrue(b.get(3).contains(new BigDecimal("59.99")));
        assertFalse(b.get(3).contains(new BigDecimal("60")));
        assertEquals("优", ex.report().grade().text(), "优秀 is normalised to the band name 优");
        assertEquals("91.2", ex.report().score().printed());
        assertTrue(ex.diagnostics().stream().noneMatch(d -> d.code().equals("extract.default-grade-bands")));
    }

    @Test
    void defaultBandsWhenNoneStated() {
        Extraction ex = extract("某某县某某局2022年整体支出绩效评价得分75分，评价等级为“中”。");
        assertEquals(4, ex.report().gradeBands().size());
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.code().equals("extract.default-grade-bands")));
        assertTrue(ex.report().gradeBands().get(2).contains(new BigDecimal("75")));
    }

    @Test
    void subjectFromOrganisationNamesWithoutShortName() {
        Extraction ex = extract("北京市朝阳区教育委员会2022年整体支出绩效评价得分86分，评价等级为“良”。");
        assertNotNull(ex.report().subject(), () -> ex.diagnostics().toString());
        assertTrue(ex.report().subject().text().endsWith("委员会"), ex.report().subject().text());
        assertNull(ex.report().shortName());
    }

    @Test
    void subjectNameStopsAtTheWordsBeforeIt() {
        Extraction ex = extract("受区财政局委托，评价组对某某区卫生健康局（以下简称“区卫健局”）2022年度整体支出开展了绩效评价。");
        assertEquals("某某区卫生健康局", ex.report().subject().text());
        assertEquals("区卫健局", ex.report().shortName().text());
    }

    @Test
    void evaluatorWhereStated() {
        Extraction ex = extract("受某某县财政局委托，北京某某会计师事务所（特殊普通合伙）对某某县某某局2022年度整体支出开展绩效评价。");
        assertEquals("北京某某会计师事务所（特殊普通合伙）", ex.report().evaluator().text());
    }

    @Test
    void documentOfNoKnownTypeGetsNoMapping() {
        Document doc = TestDocs.document(List.of(TestDocs.heading(1, "2023年第三季度财务报告"),
                TestDocs.para("本季度营业收入1,200.00万元，同比增长5.00%。")));
        Extraction ex = new Extractor(MappingSet.fromDirectory(Path.of("mappings")), false).extract(doc);
        assertEquals("", ex.mapping());
        assertNull(ex.report());
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.code().equals("extract.no-mapping")), ex.diagnostics().toString());
    }

    @Test
    void bookmarkedParagraphIsPreferred(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("bm.yaml");
        java.nio.file.Files.writeString(yaml, String.join("\n",
                "type: 测试",
                "version: 1",
                "report:",
                "  score:",
                "    bookmarks: ['_Toc_conclusion.*']",
                "    patterns: ['得分(?<value>{num})分']",
                ""));
        List<io.hecha.model.Block> blocks = List.of(TestDocs.para("摘要：自评得分90.5分。"), TestDocs.para("结论：复核得分88.5分。"));
        Document plain = TestDocs.document(blocks);
        Document doc = new Document(plain.source(), plain.sections(), plain.blocks(),
                List.of(new io.hecha.model.Bookmark("_Toc_conclusion_1", 1, 1, null, -1, -1)), List.of());
        Extraction ex = Extractor.extract(doc, io.hecha.extract.mapping.MappingLoader.load(yaml));
        assertEquals("88.5", ex.report().score().printed());
        assertEquals(List.of("88.5", "90.5"), ex.report().scoreStatements().stream().map(Value::printed).toList());
    }

    @Test
    void missingFieldsAreDiagnosed() {
        Extraction ex = extract("本报告没有得分。");
        assertNull(ex.report().score());
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.message().startsWith("report.score not found")));
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.message().startsWith("indicators not found")));
        assertTrue(ex.diagnostics().stream().anyMatch(d -> d.message().startsWith("table fixedAssets not found")));
    }

    @Test
    void headerWordsMatchByWords() {
        assertTrue(Words.match("年初预算数（万元）", "年初预算") > 0);
        assertTrue(Words.match("固定资产原值（万元）", "原值") > 0);
        assertEquals(0, Words.match("得分率", "得分"));
        assertEquals(1, Words.match("一级\n指标", "一级指标"));
        assertTrue(Words.overlap("推动工业经济平稳运行", "提振工业经济运行") >= 0.5);
        assertTrue(Words.loadMillis() >= 0);
    }
}
