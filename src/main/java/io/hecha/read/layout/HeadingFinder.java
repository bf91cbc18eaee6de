package io.hecha.read.layout;

import io.hecha.read.HeadingHeuristics;
import io.hecha.text.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides the heading level and bookmarks of each PDF paragraph: outline entries first (the
 * paragraph where an entry points becomes a heading, unless it reads as a sentence, and carries
 * the entry's title as bookmark;
 * named destinations add their names as bookmarks), then outline numbers on title-like
 * paragraphs ({@link HeadingHeuristics}), then a clearly larger font. A paragraph that repeats an
 * outline title but is not where the entry points (a contents line) is no heading.
 */
final class HeadingFinder {
    private static final Pattern CAPTION = Pattern.compile("^\\s*(?:续)?[表图]\\s*[0-9０-９]+.*");
    /** A font this much larger than the body marks a heading. */
    private static final double LARGER = 1.5;

    /** Heading level (0 for body text) and bookmarks for every block. */
    public record Result(int[] levels, List<List<String>> bookmarks) {
    }

    private HeadingFinder() {
    }

    /** Decides headings for the blocks. */
    public static Result find(List<LaidOut> blocks, List<Anchor> anchors, BodyMetrics body) {
        int n = blocks.size();
        int[] levels = new int[n];
        List<List<String>> marks = new ArrayList<>();
        for (int i = 0; i < n; i++) marks.add(new ArrayList<>());
        boolean[] fromOutline = new boolean[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) texts[i] = blocks.get(i) instanceof LaidOut.Para p ? Spaces.withoutWide(p.text()) : null;
        for (Anchor a : anchors) {
            int target = target(blocks, texts, a);
            if (target < 0) continue;
            if (!marks.get(target).contains(a.name())) marks.get(target).add(a.name());
            String text = ((LaidOut.Para) blocks.get(target)).text();
            if (a.outline() && !fromOutline[target] && !HeadingHeuristics.readsAsSentence(text)) {
                fromOutline[target] = true;
                int numbered = HeadingHeuristics.numberedLevel(text);
                levels[target] = numbered > 0 ? numbered : Math.min(a.depth(), 9);
            }
        }
        java.util.Set<String> outlineTitles = new java.util.HashSet<>();
        for (Anchor a : anchors) {
            if (a.outline()) outlineTitles.add(Spaces.withoutWide(a.name()));
        }
        TreeSet<Double> headingSizes = new TreeSet<>();
        for (LaidOut b : blocks) {
            if (b instanceof LaidOut.Para p && largeTitle(p, body)) headingSizes.add(p.lines().get(0).fontSize());
        }
        List<Double> bySize = new ArrayList<>(headingSizes.descendingSet());
        for (int i = 0; i < n; i++) {
            if (fromOutline[i] || !(blocks.get(i) instanceof LaidOut.Para p)) continue;
            String text = p.text();
            // an outline title repeated elsewhere (a contents line, a list of attachments) heads nothing
            if (outlineTitles.contains(texts[i])) continue;
            int numbered = HeadingHeuristics.numberedLevel(text);
            if (numbered > 0) {
                levels[i] = numbered;
            } else if (largeTitle(p, body)) {
                levels[i] = Math.min(bySize.indexOf(p.lines().get(0).fontSize()) + 1, 9);
            }
        }
        return new Result(levels, marks);
    }

    /** An unnumbered title-like paragraph in a clearly larger font than the body. */
    private static boolean largeTitle(LaidOut.Para p, BodyMetrics body) {
        double size = p.lines().get(0).fontSize();
        if (size < body.fontSize() + LARGER) return false;
        for (TextLine l : p.lines()) {
            if (Math.abs(l.fontSize() - size) > 0.6) return false;
        }
        String text = p.text();
        return !CAPTION.matcher(text).matches() && HeadingHeuristics.isUnnumberedTitle(text);
    }

    /**
     * Splits paragraphs where an outline entry points inside them: the entry says a heading
     * starts there, so the line at the destination starts a paragraph.
     */
    public static List<LaidOut> splitAtAnchors(List<LaidOut> blocks, List<Anchor> anchors) {
        List<LaidOut> out = new ArrayList<>(blocks);
        for (Anchor a : anchors) {
            if (!a.outline()) continue;
            // only the paragraph running into the anchor's page or those starting on it can hold it
            for (int i = Math.max(0, firstOnOrAfter(out, a.page()) - 1); i < out.size(); i++) {
                if (!(out.get(i) instanceof LaidOut.Para p)) continue;
                int at = lineAt(p.lines(), a);
                if (at > 0) {
                    out.set(i, new LaidOut.Para(p.lines().subList(0, at)));
                    out.add(i + 1, new LaidOut.Para(p.lines().subList(at, p.lines().size())));
                    break;
                }
                if (at == 0) break;
            }
        }
        return out;
    }

    /** Index of the first line at or below the anchor on its page, or -1 when none is in the lines. */
    private static int lineAt(List<TextLine> lines, Anchor a) {
        for (int j = 0; j < lines.size(); j++) {
            TextLine l = lines.get(j);
            if (l.page() == a.page() && (Double.isNaN(a.y()) || l.bottom() >= a.y() - 1)) return j;
        }
        return -1;
    }

    /** The paragraph an anchor points at, or -1 ({@code texts}: the paragraphs' squashed texts). */
    static int target(List<LaidOut> blocks, String[] texts, Anchor a) {
        String title = Spaces.withoutWide(a.name());
        int byText = -1, byPosition = -1, firstOnPage = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = firstOnOrAfter(blocks, a.page()); i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof LaidOut.Para p)) continue;
            TextLine first = p.lines().get(0);
            if (first.page() < a.page()) continue;
            if (first.page() > a.page() + (a.outline() ? 1 : 0)) break;
            if (first.page() == a.page() && firstOnPage < 0) firstOnPage = i;
            double distance = Double.isNaN(a.y()) ? 0 : Math.abs(first.top() - a.y()) + (first.page() - a.page()) * 1000;
            if (a.outline() && !title.isEmpty()) {
                String text = texts[i];
                if ((text.equals(title) || text.startsWith(title) || (title.startsWith(text) && text.length() >= 2))
                        && distance < bestDistance) {
                    byText = i;
                    bestDistance = distance;
                }
            }
            if (byPosition < 0 && first.page() == a.page() && !Double.isNaN(a.y()) && first.bottom() >= a.y() - 1) {
                byPosition = i;
            }
        }
        if (byText >= 0) return byText;
        if (byPosition >= 0) return byPosition;
        return firstOnPage;
    }

    /** The first block starting on or after the page (blocks are in page order). */
    private static int firstOnOrAfter(List<LaidOut> blocks, int page) {
        int lo = 0, hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).page() < page) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
