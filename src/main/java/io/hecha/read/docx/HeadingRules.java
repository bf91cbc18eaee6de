package io.hecha.read.docx;

import io.hecha.read.HeadingHeuristics;
import io.hecha.text.ChineseNumbering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a body paragraph heads a section and at which rank, in this order of trust:
 * outline level (own or through the style chain), heading style, Word auto-numbering on a short
 * heading-like paragraph, then Chinese numbering typed at the start of a short bold paragraph.
 * TOC entries and long numbered sentences (list items) are never headings.
 */
final class HeadingRules {
    /** Longest text (number included) that still reads as a heading rather than a sentence. */
    static final int MAX_HEADING_LENGTH = 40;
    private static final String CLOSING = "。．.；;！!？?，,";

    private HeadingRules() {
    }

    /** What is known about a paragraph when deciding. */
    record Facts(String number, String text, Integer outlineLevel, int headingStyleLevel, int numberingLevel,
                 boolean allBold, boolean toc) {
    }

    /** The heading level (1..9, the conventional rank when the heading is numbered), 0 for body text. */
    static int level(Facts f) {
        if (f.toc()) return 0;
        String display = (f.number() + f.text()).strip();
        if (display.isEmpty()) return 0;
        Optional<ChineseNumbering.Match> m = ChineseNumbering.match(display);
        Optional<Integer> rank = m.map(x -> x.kind().rank());
        if (rank.isEmpty()) rank = decimalOutlineRank(display);
        boolean styled = f.outlineLevel() != null ? f.outlineLevel() >= 0 && f.outlineLevel() <= 8 : f.headingStyleLevel() > 0;
        if (styled && HeadingHeuristics.readsAsSentence(display)) return 0;
        if (f.outlineLevel() != null && f.outlineLevel() >= 0 && f.outlineLevel() <= 8) {
            return rank.orElse(f.outlineLevel() + 1);
        }
        if (f.outlineLevel() == null && f.headingStyleLevel() > 0) {
            return rank.orElse(f.headingStyleLevel());
        }
        if (!headingLike(display)) return 0;
        if (!f.number().isEmpty() && f.numberingLevel() >= 0) {
            boolean outlineKind = m.map(x -> x.kind() != ChineseNumbering.Kind.ARABIC
                    && x.kind() != ChineseNumbering.Kind.PAREN_ARABIC && x.kind() != ChineseNumbering.Kind.CIRCLED)
                    .orElse(false);
            if (f.allBold() || outlineKind) return rank.orElse(Math.min(9, f.numberingLevel() + 1));
            return 0;
        }
        if (m.isPresent() && f.allBold() && !m.get().rest().isEmpty()) return rank.get();
        return 0;
    }

    private static final Pattern DECIMAL_OUTLINE = Pattern.compile("^([0-9０-９]+(?:[.．][0-9０-９]+)+)[.．]?(?![0-9０-９])");

    /**
     * A multi-level decimal number ({@code 1.2}, {@code 1.2.3.}) nests below {@code 1、}/{@code 1.}: one
     * rank deeper per extra level, so {@code 1.} &gt; {@code 1.1} &gt; {@code 1.1.1} nest as printed.
     */
    static Optional<Integer> decimalOutlineRank(String display) {
        Matcher m = DECIMAL_OUTLINE.matcher(display);
        if (!m.find()) return Optional.empty();
        int levels = m.group(1).split("[.．]").length;
        return Optional.of(Math.min(9, ChineseNumbering.Kind.ARABIC.rank() + levels - 1));
    }

    /** The rank a printed number gives ({@code 一、} → 2, {@code 1.1} → 5), empty when unnumbered. */
    static Optional<Integer> numberedRank(String display) {
        String d = display.strip();
        Optional<Integer> rank = ChineseNumbering.match(d).map(x -> x.kind().rank());
        return rank.isPresent() ? rank : decimalOutlineRank(d);
    }

    /** The level the outline or the heading style gives (outline level + 1, or N of "heading N"), 0 when neither. */
    static int styleLevel(Facts f) {
        if (f.outlineLevel() != null && f.outlineLevel() >= 0 && f.outlineLevel() <= 8) return f.outlineLevel() + 1;
        if (f.outlineLevel() == null && f.headingStyleLevel() > 0) return f.headingStyleLevel();
        return 0;
    }

    /** Short, and not ending like a sentence. */
    static boolean headingLike(String display) {
        String s = display.strip();
        if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_HEADING_LENGTH) return false;
        return CLOSING.indexOf(s.charAt(s.length() - 1)) < 0;
    }
}
