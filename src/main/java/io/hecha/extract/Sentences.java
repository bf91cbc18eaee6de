package io.hecha.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits running text into sentences at 。！？； and line breaks, keeping the end mark. */
final class Sentences {
    private Sentences() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(' || c == '“' || c == '《') depth++;
            if ((c == '）' || c == ')' || c == '”' || c == '》') && depth > 0) depth--;
            if (c == '\n') {
                flush(b, out);
                depth = 0;
                continue;
            }
            b.append(c);
            if ((c == '。' || c == '！' || c == '？' || c == '；') && depth == 0) flush(b, out);
        }
        flush(b, out);
        return out;
    }

    private static void flush(StringBuilder b, List<String> out) {
        String s = b.toString().strip();
        if (!s.isEmpty()) out.add(s);
        b.setLength(0);
    }
}
