package io.hecha.read.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Full-width and half-width brackets look alike to a recogniser, which often reads a pair as
 * "(2）". Within one line, the two brackets of a pair are made the same width, the width of the
 * one read with more confidence: a mixed pair breaks outline numbers such as （1）.
 */
final class Brackets {
    private static final String OPEN_HALF = "([", OPEN_FULL = "（［", CLOSE_HALF = ")]", CLOSE_FULL = "）］";

    private Brackets() {
    }

    static List<CtcDecoder.Decoded> agree(List<CtcDecoder.Decoded> line) {
        List<CtcDecoder.Decoded> out = new ArrayList<>(line);
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i).text();
            if (kind(t, OPEN_HALF, OPEN_FULL) >= 0) {
                open.push(i);
                continue;
            }
            int k = kind(t, CLOSE_HALF, CLOSE_FULL);
            if (k < 0 || open.isEmpty()) continue;
            int o = open.pop();
            int ko = kind(out.get(o).text(), OPEN_HALF, OPEN_FULL);
            if (ko % 2 != k % 2) continue; // ( with ］: not a pair
            boolean openFull = OPEN_FULL.contains(out.get(o).text()), closeFull = CLOSE_FULL.contains(t);
            if (openFull == closeFull) continue;
            boolean full = out.get(o).confidence() >= out.get(i).confidence() ? openFull : closeFull;
            out.set(o, with(out.get(o), (full ? OPEN_FULL : OPEN_HALF).charAt(ko % 2)));
            out.set(i, with(out.get(i), (full ? CLOSE_FULL : CLOSE_HALF).charAt(k % 2)));
        }
        return out;
    }

    /** 0/1 for a half-width bracket of the set, 2/3 for a full-width one (even = round), -1 otherwise. */
    private static int kind(String t, String half, String full) {
        if (t.length() != 1) return -1;
        int h = half.indexOf(t.charAt(0)), f = full.indexOf(t.charAt(0));
        return h >= 0 ? h : f >= 0 ? 2 + f : -1;
    }

    private static CtcDecoder.Decoded with(CtcDecoder.Decoded d, char c) {
        return new CtcDecoder.Decoded(String.valueOf(c), d.firstStep(), d.lastStep(), d.confidence());
    }
}
