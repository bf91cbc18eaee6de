package io.hecha.index.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of the domain words in a text, overlapping ones too. Index mode emits them
 * besides the segmenter's words, because a domain word may straddle two of the segmenter's words
 * ({@code 绩效自评|表} holds {@code 自评表}), and a query keeps a domain word whole.
 */
final class WordMatcher {
    private final boolean[] first = new boolean[Character.MAX_VALUE + 1];
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    WordMatcher(WordList words) {
        for (String w : words.words()) {
            if (w.length() < 2) continue;
            first[w.charAt(0)] = true;
            byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
    }

    /** Calls {@code hit} with (start, end) of each occurrence in {@code text[from, to)}. */
    void find(char[] text, int from, int to, HanlpSegmenter.Hit hit) {
        for (int i = from; i < to; i++) {
            if (!first[text[i]]) continue;
            for (String w : byFirst.get(text[i])) {
                int end = i + w.length();
                if (end <= to && matches(text, i, w)) hit.at(i, end);
            }
        }
    }

    private static boolean matches(char[] text, int at, String w) {
        for (int k = 1; k < w.length(); k++) {
            if (text[at + k] != w.charAt(k)) return false;
        }
        return true;
    }
}
