package io.hecha.check;

import io.hecha.check.table.TableRelationsCheck;
import io.hecha.extract.Extraction;
import io.hecha.fixtures.FinalAccounts;
import io.hecha.fixtures.FixtureGenerator;
import io.hecha.fixtures.Variant;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two synthetic 部门决算 ({@link FinalAccounts}: 类/款/项 columns, and one 科目代码 column): the clean
 * documents raise nothing above info; each table error class planted once is found as exactly one new
 * finding, of that rule, at the planted cell, with the planted number first in {@code values}.
 */
class FinalAccountsTest {

    record Plant(String name, Supplier<List<String>> fixture, UnaryOperator<List<String>> edit, String rule,
                 String rowLabel, String planted) {
    }

    static List<Finding> run(List<String> lines) {
        byte[] docx = FixtureGenerator.docx(lines, Variant.STYLED);
        try {
            return Checks.run(Readers.read(new InputFile("final-accounts.docx", docx, null)), Extraction.empty());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Finding> raised(List<Finding> all) {
        return all.stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void cleanKuanXiangRaisesNothing() {
        assertEquals(List.of(), raised(run(FinalAccounts.kuanXiang())));
    }

    @Test
    void cleanCodesRaisesNothing() {
        assertEquals(List.of(), raised(run(FinalAccounts.codes())));
    }

    static UnaryOperator<List<String>> cell(String label, int occurrence, int offset, String to) {
        return lines -> FinalAccounts.plant(lines, label, occurrence, offset, to);
    }

    static List<Plant> plants() {
        Supplier<List<String>> kx = FinalAccounts::kuanXiang, codes = FinalAccounts::codes;
        return List.of(
                // 表2 (类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出): a 项's 合计 347.18 → 374.18
                new Plant("类款项: 项 row's 合计 column", kx, cell("一般行政管理事务", 1, 1, "374.18"),
                        TableRelationsCheck.ROW_TOTAL, "一般行政管理事务", "374.18"),
                // 表2: the 款 20106's 项目支出 96.52 → 69.52 (its only 项 says 96.52)
                new Plant("类款项: 款 row ≠ its 项", kx, cell("财政事务", 1, 3, "69.52"),
                        TableRelationsCheck.PARENT_TOTAL, "财政事务", "69.52"),
                // 表4 三公: 合计's 决算数 57.86 → 58.76 (the parts and the row's 增减额 and rate agree with 57.86)
                new Plant("类款项: 三公 合计 row", kx, cell("合计", 2, 2, "58.76"),
                        TableRelationsCheck.COLUMN_TOTAL, "合计", "58.76"),
                // 表4: 三、公务接待费 rate 73.00% → 63.00% (not 37.00%: that is (预算 − 决算) ÷ 决算, another pair of its columns)
                new Plant("类款项: rate", kx, cell("三、公务接待费", 1, 4, "63.00%"),
                        TableRelationsCheck.RATE, "三、公务接待费", "63.00%"),
                // 表4: 一、因公出国（境）费 增减额 -3.54 → -5.34
                new Plant("类款项: 增减额", kx, cell("一、因公出国（境）费", 1, 3, "-5.34"),
                        TableRelationsCheck.DIFFERENCE, "一、因公出国（境）费", "-5.34"),
                // 附表一 (科目代码 | 科目 | 支出合计 | 人员类 | 项目类): 2010350's 支出合计 227.37 → 272.37
                new Plant("科目代码: 项 row's 支出合计", codes, cell("事业运行", 1, 1, "272.37"),
                        TableRelationsCheck.ROW_TOTAL, "事业运行", "272.37"),
                // 附表二 (codes before the names): 302 商品和服务支出 251.45 → 215.45
                new Plant("科目代码: 类 row ≠ its 款", codes, cell("302 商品和服务支出", 1, 1, "215.45"),
                        TableRelationsCheck.PARENT_TOTAL, "302 商品和服务支出", "215.45"),
                // 附表二: 合计 2032.30 → 1562.11
                new Plant("科目代码: 合计 row", codes, cell("合计", 1, 1, "1562.11"),
                        TableRelationsCheck.COLUMN_TOTAL, "合计", "1562.11"),
                // 附表三: 特种设备检验 执行率 96.38 → 93.68 (printed without %, under 执行率（%）)
                new Plant("科目代码: rate without %", codes, cell("特种设备检验", 1, 4, "93.68"),
                        TableRelationsCheck.RATE, "特种设备检验", "93.68"),
                // 附表三: 知识产权服务 差额 -0.40 → -0.04
                new Plant("科目代码: 差额", codes, cell("知识产权服务", 1, 3, "-0.04"),
                        TableRelationsCheck.DIFFERENCE, "知识产权服务", "-0.04"));
    }

    @TestFactory
    Stream<DynamicTest> eachPlantedErrorIsOneFindingAtItsCell() {
        return plants().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            List<Finding> found = raised(run(p.edit().apply(p.fixture().get())));
            assertEquals(1, found.size(), p.name() + ": " + found);
            Finding f = found.get(0);
            assertEquals(p.rule(), f.rule(), f.message());
            assertEquals(Severity.ERROR, f.severity(), f.message());
            assertEquals(p.rowLabel(), f.location().rowLabel(), f.message());
            assertEquals(p.planted(), f.values().get(0), f.message());
            assertEquals(p.planted(), f.actual(), f.message());
            assertTrue(f.message().contains(p.planted()), f.message());
        }));
    }
}
