package io.hecha.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadingHeuristicsTest {
    @Test
    void numberedTitlesAreHeadingsAtTheirRank() {
        assertEquals(2, HeadingHeuristics.numberedLevel("一、部门概述"));
        assertEquals(3, HeadingHeuristics.numberedLevel("（三）加强采购管理，提高预算执行率和节资率"));
        assertEquals(4, HeadingHeuristics.numberedLevel("1、合同管理规范性待加强"));
        assertEquals(1, HeadingHeuristics.numberedLevel("附件1：指标评分表"));
    }

    @Test
    void sentencesListItemsAndContentsLinesAreNot() {
        assertEquals(0, HeadingHeuristics.numberedLevel("（四）工业技改投资增速目标未完成。"));
        assertEquals(0, HeadingHeuristics.numberedLevel("10、开展工业、中小企业的对外合作与交流。"));
        assertEquals(0, HeadingHeuristics.numberedLevel("1、提出全市新型工业化发展战略和政策，协调解决新型工业化进程中的重大问题，拟订并组织实施全市工业的发展规划"));
        assertEquals(0, HeadingHeuristics.numberedLevel("一、部门概述.......................2"));
        assertEquals(0, HeadingHeuristics.numberedLevel("一、基本情况\t2"));
        assertTrue(HeadingHeuristics.isContentsLine("第二部分 部门整体支出绩效评价报告……5"));
        assertFalse(HeadingHeuristics.isContentsLine("2024年项目支出710.40万元"));
        assertFalse(HeadingHeuristics.isUnnumberedTitle("目  录"));
        assertTrue(HeadingHeuristics.isUnnumberedTitle("摘 要"));
    }

    @Test
    void longSentencesReadAsSentencesAndTitlesDoNot() {
        assertTrue(HeadingHeuristics.readsAsSentence(
                "截至2024年12月31日，本单位共有车辆15辆，其中，机要通信用车2辆、应急保障用车2辆；单价100万元以上设备0台（套）。"));
        assertTrue(HeadingHeuristics.readsAsSentence(
                "本部门严格按照年度工作计划开展各项工作。全年共完成重点任务二十项，各项指标均达到预期目标要求"));
        assertFalse(HeadingHeuristics.readsAsSentence("1.项目立项规范性，得分2分。"), "short: may be a title");
        assertFalse(HeadingHeuristics.readsAsSentence(
                "七、一般公共预算财政拨款“三公”经费支出决算情况说明（含因公出国（境）费、公务用车购置及运行费、公务接待费）"));
    }
}
