package io.hecha.read.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The open complex fields ({@code w:fldChar begin … separate … end}) while walking the body.
 * Fields span runs and paragraphs (a TOC field covers every entry), so one instance lives for the
 * whole body. Text is displayed only in the result part of every open field.
 */
final class Fields {
    private static final class Field {
        final StringBuilder instruction = new StringBuilder();
        boolean inResult;
    }

    private final Deque<Field> open = new ArrayDeque<>();
    private int simpleTocDepth;

    void begin() {
        open.push(new Field());
    }

    void separate() {
        if (!open.isEmpty()) open.peek().inResult = true;
    }

    void end() {
        if (!open.isEmpty()) open.pop();
    }

    void instruction(String text) {
        if (!open.isEmpty() && !open.peek().inResult) open.peek().instruction.append(text);
    }

    /** True when text at this point is displayed (not inside any field's instruction). */
    boolean displayed() {
        for (Field f : open) {
            if (!f.inResult) return false;
        }
        return true;
    }

    /** True when inside a TOC (or table-of-figures) field's result. */
    boolean inToc() {
        if (simpleTocDepth > 0) return true;
        for (Field f : open) {
            if (isToc(f.instruction.toString())) return true;
        }
        return false;
    }

    /** Enters or leaves a {@code w:fldSimple} with this instruction. */
    void simple(String instruction, boolean enter) {
        if (isToc(instruction)) simpleTocDepth += enter ? 1 : -1;
    }

    static boolean isToc(String instruction) {
        String s = instruction.strip().toUpperCase(Locale.ROOT);
        return s.startsWith("TOC");
    }

    /** Closes every open field (at the end of a table cell's or the body's content nothing stays open). */
    void reset() {
        open.clear();
        simpleTocDepth = 0;
    }
}
