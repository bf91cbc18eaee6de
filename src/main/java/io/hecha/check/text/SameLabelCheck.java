package io.hecha.check.text;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The same label (one ending the other, years included) stated twice in one sentence with different values ("2024年人均公用经费支出为
 * 26122.18元，2024年人均公用经费支出为26547.08元"): one of them is probably mislabelled. A warning.
 */
public final class SameLabelCheck implements Check {
    public static final String RULE = "text.same-label";
    private static final int MIN_LABEL = 6;

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<Finding> out = new ArrayList<>();
        for (Sentence s : Sentences.of(document)) {
            if (!s.location().table().isEmpty()) continue;
            List<Amount> a = s.amounts().stream().filter(x -> !x.percent()).toList();
            for (int i = 0; i < a.size(); i++) {
                for (int j = i + 1; j < a.size(); j++) {
                    Amount x = a.get(i), y = a.get(j);
                    String lx = x.label().replaceAll("[为是达：:\\s]+$", ""), ly = y.label().replaceAll("[为是达：:\\s]+$", "");
                    String shorter = lx.length() <= ly.length() ? lx : ly;
                    if (shorter.length() < MIN_LABEL || !(lx.endsWith(ly) || ly.endsWith(lx)) || !x.unit().equals(y.unit())
                            || shorter.matches(".*(比例|率|[≤≥<>＜＞]).*") || !shorter.matches(".*[\\u4e00-\\u9fff]{4,}.*")
                            || x.unit().isEmpty()) continue;
                    if (x.number().value().compareTo(y.number().value()) == 0) continue;
                    out.add(new FindingBuilder(RULE).severity(Severity.WARNING).location(s.location()).evidence(s.evidence())
                            .value(x.printed()).value(y.printed()).actual(y.printed()).expected(x.printed())
                            .message("同一句中「" + shorter + "」先后为" + x.printed() + x.unit() + "和" + y.printed() + y.unit() + "，其中一处的标签可能有误。")
                            .build());
                }
            }
        }
        return out;
    }
}
