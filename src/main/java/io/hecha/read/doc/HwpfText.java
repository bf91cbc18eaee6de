package io.hecha.read.doc;

/** Turns HWPF range text into displayed text: field codes dropped (results kept), marks removed. */
final class HwpfText {
    private HwpfText() {
    }

    /** The displayed text of a paragraph or cell paragraph. */
    static String displayed(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        // per open field: true while in its code part
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0013') {
                fields.push(Boolean.TRUE);
            } else if (c == '\u0014') {
                if (!fields.isEmpty()) {
                    fields.pop();
                    fields.push(Boolean.FALSE);
                }
            } else if (c == '\u0015') {
                if (!fields.isEmpty()) fields.pop();
            } else if (fields.contains(Boolean.TRUE)) {
                continue;
            } else if (c == '\u000b') {
                out.append('\n');
            } else if (c == '\t') {
                out.append('\t');
            } else if (c >= ' ' || c == '\n') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
