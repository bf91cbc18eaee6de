package io.hecha.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

class ChineseNumberingTest {
    @ParameterizedTest
    @CsvSource({
            "第二部分  部门整体支出绩效评价报告, 第二部分, PART, 2, 部门整体支出绩效评价报告",
            "第1部分 摘 要, 第1部分, PART, 1, 摘 要",
            "四、评价结论和绩效分析, 四、, CHINESE, 4, 评价结论和绩效分析",
            "（一）评价结论, （一）, PAREN_CHINESE, 1, 评价结论",
            "1、2024年工作要点, 1、, ARABIC, 1, 2024年工作要点",
            "（1）总体绩效目标, （1）, PAREN_ARABIC, 1, 总体绩效目标",
            "①全年新增规上工业增加值增速, ①, CIRCLED, 1, 全年新增规上工业增加值增速",
            "十九、其他, 十九、, CHINESE, 19, 其他",
            "附件1：指标评分表, 附件1, ATTACHMENT, 1, 指标评分表",
            "2．公务用车购置及运行维护费, 2．, ARABIC, 2, 公务用车购置及运行维护费",
    })
    void recognisesOutlineNumbers(String text, String number, String kind, int value, String rest) {
        ChineseNumbering.Match m = ChineseNumbering.match(text).orElseThrow();
        assertEquals(number, m.number());
        assertEquals(ChineseNumbering.Kind.valueOf(kind), m.kind());
        assertEquals(value, m.value());
        assertEquals(rest, m.rest());
    }

    @Test
    void decimalsAreNotNumbering() {
        assertTrue(ChineseNumbering.match("4.13万元").isEmpty());
        assertTrue(ChineseNumbering.match("2024年唐山").isEmpty());
    }

    @Test
    void chineseNumeralsRoundTrip() {
        for (int n : new int[]{1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 999, 1001}) {
            assertEquals(n, ChineseNumerals.parse(ChineseNumerals.counting(n)).orElseThrow(), "n=" + n);
        }
        assertEquals(19, ChineseNumerals.parse("十九").orElseThrow());
        assertEquals(20000, ChineseNumerals.parse("两万").orElseThrow());
    }
}
