package io.hecha.interpret.score;

import io.hecha.text.Spaces;
import io.hecha.interpret.score.ScoreSheet.Indicator;
import io.hecha.interpret.text.TextFact;
import io.hecha.interpret.text.TextFacts;
import io.hecha.interpret.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores the text states for indicators: each 得分 fact of a sentence belongs to the indicator the
 * sentence names last before the number (its name, its code, or its 二级指标 when that holds it alone;
 * the longest name at a place wins). The text's 得分 facts are collected once; a score stated with two
 * different values is no known score.
 */
final class TextScores {
    private final List<TextFact> said = new ArrayList<>();

    TextScores(TextFacts.Reading text, Vocabulary v) {
        if (text == null) return;
        for (TextFact f : text.facts()) {
            if (f.unit().equals("分") && !f.negative() && v.isA(f.concept(), "得分")) said.add(f);
        }
    }

    /** The fact stating the indicator's score, or null when the text states none (or two values). */
    TextFact of(Indicator target, List<Indicator> sheet) {
        Map<String, Integer> holds = new HashMap<>();
        for (Indicator i : sheet) if (!i.level2().isEmpty()) holds.merge(i.level2(), 1, Integer::sum);
        TextFact found = null;
        for (TextFact f : said) {
            String before = f.sentence().text().substring(0, f.start());
            Indicator best = null;
            int bestEnd = -1, bestLength = 0;
            for (Indicator i : sheet) {
                for (String name : List.of(i.name(), i.code(), holds.getOrDefault(i.level2(), 0) == 1 ? i.level2() : "")) {
                    String n = Spaces.without(name);
                    if (n.length() < 2) continue;
                    int at = before.lastIndexOf(n);
                    if (at < 0) continue;
                    int end = at + n.length();
                    if (end > bestEnd || (end == bestEnd && n.length() > bestLength)) {
                        best = i;
                        bestEnd = end;
                        bestLength = n.length();
                    }
                }
            }
            if (best != target) continue;
            if (found != null && found.shown().value().compareTo(f.shown().value()) != 0) return null;
            if (found == null) found = f;
        }
        return found;
    }
}
