package io.hecha.check;

import io.hecha.check.text.RelationCheck;
import io.hecha.extract.Extraction;
import io.hecha.extract.mapping.MappingSet;
import io.hecha.interpret.Interpreter;
import io.hecha.interpret.text.TextInterpreter;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The relations of the built-in vocabulary ({@code mappings/_default.yaml}) evaluated over running text. */
class TextRulesTest {
    static final Vocabulary DEFAULTS = Vocabulary.of(MappingSet.fromDirectory(Path.of("mappings")).defaults().mapping(), null);

    /** The relation findings of a document made of these paragraphs (and tables, as in SemanticRulesTest.doc). */
    static List<Finding> relations(Object... parts) {
        Document d = SemanticRulesTest.doc(parts);
        return new RelationCheck().check(new Interpreter(new TextInterpreter(DEFAULTS)).interpret(d), Extraction.empty());
    }

    @Test
    void changeAndItsRate() {
        assertTrue(relations("2024年年初预算收支4272.52万元，较2023年减少14202.20万元，减少比例76.87%，其中基本支出减少118.88万元。").isEmpty());
        List<Finding> f = relations("2024年年初预算收支4272.52万元，较2023年减少14202.20万元，减少比例78.67%。");
        assertEquals(1, f.size());
        assertEquals("text.change-rate", f.get(0).rule());
        assertEquals(List.of("78.67%", "14202.20", "4272.52"), f.get(0).values());
        // an increase: base = current − increase; amounts in brackets are not what the change is about
        assertTrue(relations("收入120.00万元（含结转20.00万元），较上年增加20.00万元，增长20.00%。").isEmpty());
        assertEquals(1, relations("收入120.00万元，较上年增加20.00万元，增长16.67%。").size());
    }

    @Test
    void changeAgainstANamedBaseStatedBefore() {
        String ok = "2025年当年预算执行数为200.00万元，2026年预算安排150.00万元，比2025年预算执行数减少25.00%。";
        assertTrue(relations(ok).isEmpty());
        List<Finding> f = relations(ok.replace("减少25.00%", "减少20.00%"));
        assertEquals(1, f.size());
        assertEquals("text.change-rate", f.get(0).rule());
        assertTrue(f.get(0).values().containsAll(List.of("20.00%", "150.00", "200.00")), f.get(0).values().toString());
    }

    @Test
    void changeWithoutItsBaseIsNotRead() {
        assertTrue(relations("基本支出较2023年减少22.33万元，减少比例为9.99%。").isEmpty());
    }

    @Test
    void ratioNeedsTheConceptsItIsMadeOf() {
        assertTrue(relations("全年预算数为5128.85万元，年终决算支出5021.60万元，预算执行率为97.91%。").isEmpty());
        List<Finding> f = relations("全年预算数为5128.85万元，年终决算支出5021.60万元，预算执行率为97.19%。");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("97.19%", f.get(0).actual());
        // 执行率 next to a budget and an amount received (到位): the executed amount is not stated: nothing
        assertTrue(relations("县级配套资金预算250.00万元，到位200.00万元，执行率72.96%。").isEmpty());
        // 节资率 = (预算 − 合同) / 预算
        assertTrue(relations("执行政府采购的预算资金84.40万元，采购合同金额84.27万元，节资率=0.16%。").isEmpty());
        assertEquals(1, relations("执行政府采购的预算资金84.40万元，采购合同金额84.27万元，节资率=1.60%。").size());
        // 变动率 between two statements of the same label for two years
        assertTrue(relations("2024年人均公用经费支出为26122.18元，2023年人均公用经费支出为26547.08元，人均公用经费变动率为-1.60%。").isEmpty());
        assertEquals(1, relations("2024年人均公用经费支出为26122.18元，2023年人均公用经费支出为26547.08元，人均公用经费变动率为-1.90%。").size());
    }

    @Test
    void aRateWhoseBaseStandsInThePreviousSentence() {
        String ok = "项目全年预算数为1018.55万元，其中当年财政拨款898.00万元。项目实际支出760.53万元，预算执行率74.67%。";
        assertTrue(relations(ok).isEmpty());
        List<Finding> f = relations(ok.replace("74.67%", "76.47%"));
        assertEquals(1, f.size());
        assertEquals(List.of("76.47%", "760.53", "1018.55"), f.get(0).values());
    }

    @Test
    void aRateOfAStatedAmountChecksOnlyItsOwnSubject() {
        // 因公出国（境）费's budget is not stated: its 完成预算的 rate is not computed from the 三公 total's budget
        assertTrue(relations("“三公”经费财政拨款支出预算为76.43万元，支出决算为46.21万元，完成预算的60.46%。"
                + "其中：因公出国（境）费支出决算为4.69万元，完成预算的15.63%。").isEmpty());
        assertEquals(1, relations("“三公”经费财政拨款支出预算为76.43万元，支出决算为46.21万元，完成预算的64.06%。").size());
    }

    @Test
    void shareOfATotal() {
        String ok = "本年收入合计20451.35万元，其中：一般公共预算财政拨款收入19572.91万元，占95.7％；其他收入878.44万元，占4.3%。";
        assertTrue(relations(ok).isEmpty());
        List<Finding> f = relations(ok.replace("占4.3%", "占4.8%"));
        assertEquals(1, f.size());
        assertEquals("text.share", f.get(0).rule());
        assertEquals(List.of("4.8%", "878.44", "20451.35"), f.get(0).values());
        // a share of something named: the amount with that label
        assertTrue(relations("政府采购支出总额1967.42万元。授予中小企业合同金额1820.69万元，占政府采购支出总额的92.54%。").isEmpty());
        assertEquals(1, relations("政府采购支出总额1967.42万元。授予中小企业合同金额1820.69万元，占政府采购支出总额的95.24%。").size());
        // a share of something not stated is not read
        assertTrue(relations("规上工业增加值增速8.30%，总量占全省35.30%。").isEmpty());
    }

    @Test
    void netValueInTextAndScoreRate() {
        assertTrue(relations("截至2024年底，固定资产原值合计2303.82万元，固定资产累计折旧933.85万元，净值合计1369.97万元。").isEmpty());
        List<Finding> f = relations("截至2024年底，固定资产原值合计2303.82万元，固定资产累计折旧933.85万元，净值合计1363.97万元。");
        assertEquals(1, f.size());
        assertEquals("fixed-assets.net-value", f.get(0).rule());
        assertEquals(List.of("1363.97", "2303.82", "933.85"), f.get(0).values());
        assertTrue(relations("该指标分值20分，得分17.90分，得分率89.50%。").isEmpty());
        assertEquals(1, relations("该指标分值20分，得分17.90分，得分率85.90%。").size());
        assertEquals("score.above-weight", relations("该指标分值20分，得分21.50分。").get(0).rule());
    }

    @Test
    void theSameFactTwiceInOneParagraph() {
        List<Finding> f = relations("2024年人均公用经费支出为26122.18元，2024年人均公用经费支出为26547.08元。");
        assertEquals(1, f.size());
        assertEquals("fact.restated", f.get(0).rule());
        assertTrue(relations("2024年人均公用经费支出为26122.18元，2023年人均公用经费支出为26547.08元。").isEmpty());
        f = relations("项目全年预算数为1018.55万元，实际支出760.53万元。经调整，项目全年预算数为1108.55万元。");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("1108.55", "1018.55"), f.get(0).values());
    }
}
