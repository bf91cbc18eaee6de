package io.hecha;

import java.util.List;

/** A small unified-style line diff for golden-file failures: the changed region with context, capped. */
public final class LineDiff {
    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /**
     * The differing region of two texts (common prefix and suffix trimmed) as {@code -}/{@code +}
     * lines with a few lines of context, at most {@code maxLines} changed lines of each side.
     * Empty when the texts are equal.
     */
    public static String diff(String expected, String actual, int maxLines) {
        if (expected.equals(actual)) return "";
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) start++;
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        StringBuilder out = new StringBuilder();
        int from = Math.max(0, start - CONTEXT);
        out.append("@@ -").append(from + 1).append(',').append(endA - from)
                .append(" +").append(from + 1).append(',').append(endB - from).append(" @@\n");
        for (int i = from; i < start; i++) out.append(' ').append(a.get(i)).append('\n');
        appendSide(out, '-', a, start, endA, maxLines);
        appendSide(out, '+', b, start, endB, maxLines);
        for (int i = endA; i < Math.min(a.size(), endA + CONTEXT); i++) out.append(' ').append(a.get(i)).append('\n');
        if (expected.endsWith("\n") != actual.endsWith("\n")) out.append("\\ final newline differs\n");
        return out.toString();
    }

    private static void appendSide(StringBuilder out, char sign, List<String> lines, int from, int to, int max) {
        int shown = Math.min(to, from + max);
        for (int i = from; i < shown; i++) out.append(sign).append(lines.get(i)).append('\n');
        if (to > shown) out.append(sign).append(" … ").append(to - shown).append(" more lines\n");
    }
}
