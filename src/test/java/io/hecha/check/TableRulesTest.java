package io.hecha.check;

import io.hecha.check.table.TableRelationsCheck;
import io.hecha.interpret.Interpreter;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Diagnostic.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TableRulesTest {
    static TypedTable view(String[][] g) {
        return Interpreter.type(DumpDocuments.grid(g));
    }

    /** The table rules' findings that are not info. */
    static List<Finding> rules(String[][] g) {
        return new TableRelationsCheck().check(view(g)).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    static List<Finding> foot(String[][] g) {
        return rules(g);
    }

    @Test
    void columnTotalWithZeroInTwoDecimalColumnIsConsistent() {
        assertTrue(foot(new String[][]{
                {"名称", "年初预算（万元）", "项目支出（万元）"},
                {"甲", "3591.50", "459.74"},
                {"乙", "417.99", "0"},
                {"合计", "4009.49", "459.74"}}).isEmpty());
    }

    @Test
    void wrongColumnTotalIsAnErrorWithItsValues() {
        List<Finding> f = foot(new String[][]{
                {"名称", "金额"},
                {"甲", "10.25"},
                {"乙", "20.50"},
                {"合计", "30.57"}});
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(List.of("30.57", "10.25", "20.50"), f.get(0).values());
        assertEquals("[30.74, 30.76]", f.get(0).expected());
        assertEquals("30.57", f.get(0).actual());
    }

    @Test
    void roundingDriftWithinIntervalsIsConsistent() {
        // 4 parts each ±0.005: 5021.61 vs 5021.60 is fine
        assertTrue(foot(new String[][]{
                {"名称", "年末决算"}, {"a", "4247.88"}, {"b", "447.98"}, {"c", "177.25"}, {"d", "148.50"}, {"合计", "5021.60"}}).isEmpty());
    }

    @Test
    void hierarchyParentNotAddedAgainAndParentEqualsChildren() {
        String[][] ok = {
                {"支出内容", "决算数"},
                {"1．因公出国（境）费", "27.10"},
                {"2．公务用车购置及运行维护费", "11.64"},
                {"（1）公务用车购置费", "0"},
                {"（2）公务用车运行维护费", "11.64"},
                {"3．公务接待费", "0.33"},
                {"支出合计", "39.08"}};
        assertTrue(foot(ok).isEmpty());
        String[][] badParent = ok.clone();
        badParent[2] = new String[]{"2．公务用车购置及运行维护费", "12.64"};
        badParent[6] = new String[]{"支出合计", "40.08"};
        List<Finding> f = foot(badParent);
        assertEquals(1, f.size(), f.toString());
        assertEquals(TableRelationsCheck.PARENT_TOTAL, f.get(0).rule());
        assertTrue(f.get(0).values().contains("12.64"));
    }

    @Test
    void totalFirstWithQiZhongParts() {
        String[][] g = {
                {"项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"},
                {"年度资金总额", "100.00", "120.00", "110.00"},
                {"其中：本年财政拨款", "80.00", "90.00", "85.00"},
                {"上年结转资金", "20.00", "30.00", "25.00"}};
        assertTrue(foot(g).isEmpty());
        g[1] = new String[]{"年度资金总额", "100.00", "120.00", "111.00"};
        List<Finding> f = foot(g);
        assertEquals(1, f.size());
        assertTrue(f.get(0).values().contains("111.00"));
    }

    @Test
    void qiZhongPartsThatAreNotExhaustiveRaiseNothing() {
        assertTrue(foot(new String[][]{{"项目", "金额"}, {"支出", "100.00"}, {"其中：人员经费", "60.00"}}).isEmpty());
        assertEquals(1, foot(new String[][]{{"项目", "金额"}, {"支出", "100.00"}, {"其中：人员经费", "160.00"}}).size());
    }

    @Test
    void subtotalsAndGroupRows() {
        String[][] g = {
                {"项目", "金额"},
                {"一、基本支出", ""},
                {"人员", "10.00"}, {"公用", "5.00"}, {"小计", "15.00"},
                {"二、项目支出", ""},
                {"A", "1.00"}, {"B", "2.00"}, {"小计", "3.00"},
                {"合计", "18.00"}};
        assertTrue(foot(g).isEmpty(), foot(g).toString());
        g[9] = new String[]{"合计", "21.00"};
        assertEquals(1, foot(g).size());
    }

    @Test
    void scoreColumnsAreExact() {
        // 5.5 in a column of integers: exact scores expose it
        List<Finding> f = foot(new String[][]{{"指标", "权重"}, {"a", "10"}, {"b", "5.5"}, {"c", "15"}, {"合计", "30"}});
        assertEquals(1, f.size());
        assertEquals("[30.5, 30.5]", f.get(0).expected());
    }

    @Test
    void rateAndCodeColumnsAreNotSummed() {
        assertTrue(foot(new String[][]{
                {"序号", "名称", "预算", "执行", "执行率"},
                {"1", "a", "8.00", "4.13", "51.59%"},
                {"2", "b", "0.70", "0.50", "71.48%"},
                {"", "合计", "8.70", "4.63", "53.22%"}}).isEmpty());
    }

    @Test
    void rateColumnUsesIntervals() {
        String[][] g = {
                {"序号", "项目名称", "全年预算数", "执行数", "预算执行率"},
                {"1", "a", "8.00", "4.13", "51.59%"},
                {"2", "b", "0.70", "0.50", "71.48%"},
                {"3", "c", "2.59", "1.60", "61.76%"},
                {"4", "d", "5.00", "4.95", "98.93%"},
                {"5", "e", "0.70", "0.69", "99.11%"},
                {"", "合计", "17.00", "11.87", "69.82%"}};
        assertTrue(rules(g).isEmpty());
        g[1] = new String[]{"1", "a", "8.00", "4.13", "52.00%"};
        List<Finding> f = rules(g);
        assertEquals(1, f.size());
        assertEquals(List.of("52.00%", "4.13", "8.00"), f.get(0).values());
    }

    @Test
    void rateColumnFindsItsPairInSmallTablesByHeaderWords() {
        String[][] g = {
                {"", "年初预算数", "预算调整数", "决算数", "预算执行率（%）"},
                {"基本支出", "3131.76", "3631.23", "3578.57", "98.65%"},
                {"人员经费", "2870.57", "3381.64", "3340.53", "98.78%"},
                {"公用经费", "261.19", "249.59", "238.04", "95.37%"}};
        List<Finding> f = rules(g);
        assertEquals(1, f.size());
        assertEquals("98.65%", f.get(0).actual());
    }

    @Test
    void rateColumnWithoutAnyFittingPairIsLeftAlone() {
        assertTrue(rules((new String[][]{
                {"名称", "甲", "乙", "比率"}, {"a", "1.00", "2.00", "13.00%"}, {"b", "3.00", "5.00", "77.00%"},
                {"c", "4.00", "9.00", "1.00%"}})).isEmpty());
    }

    @Test
    void differenceRowEitherSignButConsistent() {
        String[][] g = {
                {"年度", "年初预算数", "基本支出", "项目支出"},
                {"2023年", "18474.72", "3931.66", "14543.06"},
                {"2024年", "4272.52", "3812.78", "459.74"},
                {"差额", "-14202.20", "-118.88", "-14083.32"}};
        assertTrue(rules(g).isEmpty());
        g[3] = new String[]{"差额", "14202.20", "118.88", "14083.32"};
        assertTrue(rules(g).isEmpty(), "earlier minus later used throughout");
        g[3] = new String[]{"差额", "-14202.20", "-118.98", "-14083.32"};
        List<Finding> f = rules(g);
        assertEquals(1, f.size());
        assertTrue(f.get(0).values().contains("-118.98"));
    }

    @Test
    void crossFootNeedsHeaderWordsAndMostRows() {
        String[][] g = {
                {"名称", "年初预算", "基本支出", "项目支出"},
                {"a", "3591.50", "3131.76", "459.74"},
                {"b", "417.99", "417.99", "0"},
                {"c", "151.43", "151.43", "0"},
                {"合计", "4160.92", "3701.18", "459.74"}};
        assertTrue(rules(g).isEmpty());
        g[2] = new String[]{"b", "471.99", "417.99", "0"};
        List<Finding> f = rules(g);
        assertEquals(1, f.size());
        assertEquals("471.99", f.get(0).actual());
        // no header words: not a relation to check
        String[][] h = {{"名称", "甲", "乙", "丙"}, {"a", "3.00", "1.00", "2.00"}, {"b", "5.00", "2.00", "3.00"}, {"c", "9.00", "2.00", "3.00"}};
        assertTrue(rules(h).isEmpty());
    }

    @Test
    void crossFootThatFailsOnMostRowsIsNoRelation() {
        String[][] g = {
                {"年度", "年终决算", "基本支出", "项目支出"},
                {"2023年", "5001.48", "4374.63", "739.94"},
                {"2024年", "4908.51", "4352.30", "669.31"}};
        assertTrue(rules(g).isEmpty());
    }
}
