package io.hecha.interpret.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph's text into sentences at 。！？； and line breaks outside brackets and
 * quotations, keeping each sentence's character range in the paragraph.
 */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** The [start, end) ranges of the sentences of a text, blank ones left out, ends trimmed. */
    static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '“' || c == '《') depth++;
            else if ((c == '）' || c == ')' || c == '”' || c == '》') && depth > 0) depth--;
            if (c == '\n') {
                add(out, text, from, i);
                from = i + 1;
                depth = 0;
            } else if ((c == '。' || c == '！' || c == '？' || c == '；' || c == ';') && depth == 0) {
                add(out, text, from, i + 1);
                from = i + 1;
            }
        }
        add(out, text, from, text.length());
        return out;
    }

    private static void add(List<int[]> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to > from) out.add(new int[]{from, to});
    }
}
