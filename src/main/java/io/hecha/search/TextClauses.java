package io.hecha.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a text query: words separated by spaces (also the ideographic space), or phrases
 * in {@code "…"}, {@code “…”} or {@code 「…」}. Every clause must match; a clause matches where its
 * characters stand together (see {@link io.hecha.index.analysis.HanlpTokenizer}).
 */
public final class TextClauses {
    private TextClauses() {
    }

    /** The clauses of a query, in order, without empty ones. */
    public static List<String> of(String query) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char closing = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (closing != 0) {
                if (c == closing) {
                    flush(cur, out);
                    closing = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '“' || c == '「') {
                flush(cur, out);
                closing = c == '"' ? '"' : c == '“' ? '”' : '」';
            } else if (Character.isWhitespace(c) || c == '\u3000') {
                flush(cur, out);
            } else {
                cur.append(c);
            }
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }
}
