package io.hecha.check;

import io.hecha.check.semantic.CompletenessCheck;
import io.hecha.extract.Extraction;
import io.hecha.extract.mapping.Mapping;
import io.hecha.extract.mapping.MappingSet;
import io.hecha.interpret.Interpreter;
import io.hecha.interpret.text.TextInterpreter;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.model.Diagnostic.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The parts a report type requires (its mapping's {@code required}) are found by their titles; the missing ones are named. */
class CompletenessCheckTest {
    private static final MappingSet MAPPINGS = MappingSet.fromDirectory(Path.of("mappings"));

    private static List<Finding> check(String type, Object... parts) {
        Mapping m = MAPPINGS.mappings().stream().map(x -> x.mapping()).filter(x -> x.type().equals(type)).findFirst().orElseThrow();
        Vocabulary v = Vocabulary.of(MAPPINGS.defaults().mapping(), m);
        return new CompletenessCheck().check(new Interpreter(new TextInterpreter(v)).interpret(SemanticRulesTest.doc(parts)),
                Extraction.empty());
    }

    private static final String[] FINAL_ACCOUNT = {"一、部门职责", "二、机构设置", "收入支出决算总表", "收入决算表", "支出决算表",
            "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
            "一般公共预算财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
            "第三部分 2024年度部门决算情况说明", "机关运行经费支出情况说明", "政府采购支出情况说明", "国有资产占有使用情况说明",
            "第四部分 名词解释"};

    @Test
    void aCompleteFinalAccountRaisesNothing() {
        assertEquals(List.of(), check("部门决算", (Object[]) FINAL_ACCOUNT));
    }

    @Test
    void theMissingTablesAndSectionsAreNamedInOneWarning() {
        List<Object> parts = new ArrayList<>(List.of(FINAL_ACCOUNT));
        parts.remove("政府性基金预算财政拨款收入支出决算表");
        parts.remove("第四部分 名词解释");
        List<Finding> f = check("部门决算", parts.toArray());
        assertEquals(1, f.size(), f.toString());
        assertEquals(CompletenessCheck.RULE, f.get(0).rule());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals(List.of("政府性基金决算表", "名词解释"), f.get(0).values());
        assertTrue(f.get(0).message().contains("政府性基金决算表") && f.get(0).message().contains("名词解释"), f.get(0).message());
    }

    @Test
    void aProjectReportWithoutItsScoreSheetAndSuggestions() {
        List<Finding> f = check("项目支出绩效评价", "一、基本情况", "二、绩效评价工作开展情况", "三、综合评价情况及评价结论",
                "四、绩效评价指标分析", "五、存在的问题及原因分析", "全年预算数为120.00万元，执行数为120.00万元。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of("评分表", "有关建议"), f.get(0).values());
    }
}
