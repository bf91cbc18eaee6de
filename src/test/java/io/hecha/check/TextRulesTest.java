package io.hecha.check;

import io.hecha.model.Location;
import io.hecha.check.text.Amount;
import io.hecha.check.text.Sentences;
import io.hecha.check.text.TextRateCheck;
import io.hecha.model.Diagnostic.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TextRulesTest {
    static List<Finding> rates(String sentence) {
        return new TextRateCheck().check(Sentences.sentence(sentence, Location.NOWHERE, 0));
    }

    @Test
    void amountsSkipYearsDatesCodesAndKeepUnits() {
        List<Amount> a = Sentences.amounts("B15政府采购执行率（1分）：2024年12月31日执行84.26805万元，执行率75.99%，得0.76分。");
        assertEquals(List.of("1", "84.26805", "75.99%", "0.76"), a.stream().map(Amount::printed).toList());
        assertEquals(List.of("分", "万元", "%", "分"), a.stream().map(Amount::unit).toList());
        assertTrue(a.get(0).exact());
        assertEquals("2024年12月31日执行", a.get(1).label());
    }

    @Test
    void changeAndItsRate() {
        assertTrue(rates("2024年年初预算收支4272.52万元，较2023年减少14202.20万元，减少比例76.87%，其中基本支出减少118.88万元。").isEmpty());
        List<Finding> f = rates("2024年年初预算收支4272.52万元，较2023年减少14202.20万元，减少比例78.67%。");
        assertEquals(1, f.size());
        assertEquals(TextRateCheck.CHANGE_RULE, f.get(0).rule());
        assertEquals(List.of("78.67%", "4272.52", "14202.20"), f.get(0).values());
        // an increase: base = current − increase; parenthetical amounts are left out
        assertTrue(rates("收入120.00万元（含结转20.00万元），较上年增加20.00万元，增长20.00%。").isEmpty());
        assertEquals(1, rates("收入120.00万元，较上年增加20.00万元，增长16.67%。").size());
    }

    @Test
    void changeWithoutItsBaseIsNotRead() {
        assertTrue(rates("基本支出较2023年减少22.33万元，减少比例为9.99%。").isEmpty());
    }

    @Test
    void ratioNeedsLabelsThatSayWhatTheRateIsMadeOf() {
        assertTrue(rates("全年预算数为5128.85万元，年终决算支出5021.60万元，预算执行率为97.91%。").isEmpty());
        List<Finding> f = rates("全年预算数为5128.85万元，年终决算支出5021.60万元，预算执行率为97.19%。");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("97.19%", f.get(0).actual());
        // 执行率 next to a budget and an amount received (到位): the executed amount is not stated: nothing
        assertTrue(rates("县级配套资金预算250.00万元，到位200.00万元，执行率72.96%。").isEmpty());
        // 节资率 = (预算 − 合同) / 预算, read by trying every reading
        assertTrue(rates("执行政府采购的预算资金84.40万元，采购合同金额84.27万元，节资率=0.16%。").isEmpty());
        assertEquals(1, rates("执行政府采购的预算资金84.40万元，采购合同金额84.27万元，节资率=1.60%。").size());
        // 变动率 between two statements of the same label
        assertTrue(rates("2024年人均公用经费支出为26122.18元，2023年人均公用经费支出为26547.08元，人均公用经费变动率为-1.60%。").isEmpty());
    }

    @Test
    void shareOfATotal() {
        String ok = "年末决算支出合计5021.60万元，其中：人员经费支出4072.79万元，公用经费支出279.51万元，人员与公用经费支出占86.67%；项目支出669.31万元，占13.33%。";
        assertTrue(rates(ok).isEmpty());
        List<Finding> f = rates(ok.replace("占13.33%", "占13.83%"));
        assertEquals(1, f.size());
        assertEquals(List.of("13.83%", "669.31", "5021.60"), f.get(0).values());
        f = rates(ok.replace("占86.67%", "占88.67%"));
        assertEquals(List.of("88.67%", "4072.79", "279.51", "5021.60"), f.get(0).values());
        // a share of something not in the sentence is not read
        assertTrue(rates("规上工业增加值增速8.30%，总量占全省35.30%。").isEmpty());
    }
}
