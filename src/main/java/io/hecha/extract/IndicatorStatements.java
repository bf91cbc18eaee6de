package io.hecha.extract;

import io.hecha.model.Location;
import io.hecha.extract.Indicator.IndicatorStatement;
import io.hecha.extract.mapping.Mapping.IndicatorSpec;
import io.hecha.extract.mapping.Placeholders;
import io.hecha.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the text's own statements of each indicator ("B15政府采购执行率（1分）：……该指标得0.76分") to the
 * indicators, matched by code, else by name (word overlap at least one half).
 */
final class IndicatorStatements {
    private IndicatorStatements() {
    }

    static List<Indicator> add(Context ctx, IndicatorSpec spec, List<Indicator> indicators) {
        if (spec.statementPatterns().isEmpty() || indicators.isEmpty()) return indicators;
        List<Pattern> heads = spec.statementPatterns().stream().map(Placeholders::compile).toList();
        List<Pattern> scores = spec.scorePatterns().stream().map(Placeholders::compile).toList();
        List<List<IndicatorStatement>> added = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) added.add(new ArrayList<>(indicators.get(i).statements()));
        for (Paragraph p : ctx.paragraphs()) {
            if (p.isHeading()) continue;
            String text = p.displayText().strip();
            for (Pattern h : heads) {
                Matcher m = h.matcher(text);
                if (!m.lookingAt()) continue;
                String code = group(m, "code"), name = group(m, "name");
                int target = find(indicators, code, name);
                if (target < 0) break;
                Location w = ctx.textWhere(p, text);
                Value weight = Values.ofMatch(m.group("weight"), "分", true, w).orElse(null);
                Value score = null;
                for (Pattern sp : scores) {
                    Matcher sm = sp.matcher(text);
                    while (sm.find()) score = Values.ofMatch(sm.group("value"), "分", true, w).orElse(score);
                }
                added.get(target).add(new IndicatorStatement("", (code == null ? "" : code) + name.strip(), weight, score, null, w));
                break;
            }
        }
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator x = indicators.get(i);
            out.add(new Indicator(x.code(), x.level1(), x.level2(), x.name(), x.weight(), x.score(), x.criteria(),
                    x.explanation(), added.get(i), x.level1Weight(), x.level2Weight(), x.target(), x.actual(), x.where()));
        }
        return out;
    }

    private static int find(List<Indicator> indicators, String code, String name) {
        if (code != null && !code.isEmpty()) {
            for (int i = 0; i < indicators.size(); i++) if (code.equalsIgnoreCase(indicators.get(i).code())) return i;
        }
        int best = -1;
        double bestScore = 0.5;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator x = indicators.get(i);
            if (Words.clean(x.name()).equals(Words.clean(name))) return i;
            double s = Words.overlap(x.name(), name);
            if (s >= bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
