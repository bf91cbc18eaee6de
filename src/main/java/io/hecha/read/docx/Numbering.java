package io.hecha.read.docx;

import io.hecha.text.WordNumberFormats;
import org.w3c.dom.Element;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Word auto-numbering ({@code numbering.xml}): resolves {@code numId} → {@code abstractNum} with
 * level and start overrides, keeps the list counters as paragraphs go by (restarting deeper levels
 * per {@code w:lvlRestart}), and renders {@code w:lvlText} with each level's {@code w:numFmt}.
 * Stateful: feed it the numbered paragraphs in document order.
 */
final class Numbering {
    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;

    /** One level's definition. {@code restart} is the 1-based lvlRestart value, -1 when absent. */
    record Level(int start, String format, String text, int restart, boolean legal, String pStyle) {
        static final Level DEFAULT = new Level(1, "decimal", null, -1, false, "");
    }

    /** A numId resolved: where its counters live and its nine levels. */
    private record Instance(String counterKey, Level[] levels) {
    }

    private final Map<Integer, Element> nums = new HashMap<>();
    private final Map<Integer, Element> abstracts = new HashMap<>();
    private final Map<Integer, Instance> instances = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final StyleIndex styles;

    /** Indexes the {@code w:numbering} root (null for none). */
    Numbering(Element numbering, StyleIndex styles) {
        this.styles = styles;
        if (numbering == null) return;
        for (Element e : Xml.children(numbering, "num")) {
            nums.putIfAbsent(Xml.parseInt(Xml.attr(e, "numId"), -1), e);
        }
        for (Element e : Xml.children(numbering, "abstractNum")) {
            abstracts.putIfAbsent(Xml.parseInt(Xml.attr(e, "abstractNumId"), -1), e);
        }
    }

    /** Numbering with no definitions (every paragraph unnumbered). */
    static Numbering none(StyleIndex styles) {
        return new Numbering(null, styles);
    }

    /** A numbered paragraph's rendered number and the level it used. */
    record Rendered(String text, int ilvl, String format) {
    }

    /**
     * Advances the counters for a paragraph numbered {@code numId}/{@code ilvl} and returns its
     * rendered number, or null when the numbering is absent or unknown.
     *
     * @param ilvl    the level, or -1 to take it from the level whose {@code w:pStyle} is styleId (else 0)
     * @param styleId the paragraph's style id (may be null)
     */
    Rendered next(int numId, int ilvl, String styleId) {
        if (numId <= 0) return null;
        Instance inst = instance(numId);
        if (inst == null) return null;
        if (ilvl < 0) {
            ilvl = 0;
            if (styleId != null) {
                for (int i = 0; i < LEVELS; i++) {
                    if (styleId.equals(inst.levels[i].pStyle())) {
                        ilvl = i;
                        break;
                    }
                }
            }
        }
        ilvl = Math.min(ilvl, LEVELS - 1);
        int[] c = counters.computeIfAbsent(inst.counterKey, k -> {
            int[] a = new int[LEVELS];
            Arrays.fill(a, UNSET);
            return a;
        });
        // like Word, a skipped higher level counts as used once at its start value ("missing items")
        for (int k = 0; k < ilvl; k++) if (c[k] == UNSET) c[k] = inst.levels[k].start();
        c[ilvl] = c[ilvl] == UNSET ? inst.levels[ilvl].start() : c[ilvl] + 1;
        for (int d = ilvl + 1; d < LEVELS; d++) {
            int r = inst.levels[d].restart();
            int restartAfter = r < 0 ? d : r;
            if (r != 0 && ilvl < restartAfter) c[d] = UNSET;
        }
        Level lvl = inst.levels[ilvl];
        // a bullet is a glyph in a symbol font, not a number: it carries no outline meaning
        if ("bullet".equals(lvl.format())) return new Rendered("", ilvl, lvl.format());
        return new Rendered(render(lvl, inst.levels, c, ilvl), ilvl, lvl.format());
    }

    private static String render(Level lvl, Level[] levels, int[] c, int ilvl) {
        String t = lvl.text();
        if (t == null) return "";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int k = t.charAt(i + 1) - '1';
                int v = c[k] == UNSET ? levels[k].start() : c[k];
                String fmt = lvl.legal() && k < ilvl ? "decimal" : levels[k].format();
                b.append(WordNumberFormats.format(v, fmt));
                i++;
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private Instance instance(int numId) {
        Instance inst = instances.get(numId);
        if (inst != null || instances.containsKey(numId)) return inst;
        inst = build(numId, 0);
        instances.put(numId, inst);
        return inst;
    }

    private Instance build(int numId, int depth) {
        Element num = nums.get(numId);
        if (num == null || depth > 3) return null;
        int absId = Xml.intVal(num, "abstractNumId", -1);
        Element abs = abstracts.get(absId);
        if (abs == null) return null;
        String link = Xml.val(abs, "numStyleLink");
        if (link != null && !link.isEmpty()) {
            StyleIndex.NumRef ref = styles.resolve(link).numRef();
            if (ref != null && ref.numId() != numId) {
                Element linkedNum = nums.get(ref.numId());
                Element linkedAbs = linkedNum == null ? null : abstracts.get(Xml.intVal(linkedNum, "abstractNumId", -1));
                if (linkedAbs != null) {
                    abs = linkedAbs;
                    absId = Xml.intVal(linkedNum, "abstractNumId", absId);
                }
            }
        }
        Level[] levels = new Level[LEVELS];
        Arrays.fill(levels, Level.DEFAULT);
        for (Element l : Xml.children(abs, "lvl")) {
            int i = Xml.parseInt(Xml.attr(l, "ilvl"), -1);
            if (i >= 0 && i < LEVELS) levels[i] = level(l);
        }
        boolean overridden = false;
        for (Element o : Xml.children(num, "lvlOverride")) {
            int i = Xml.parseInt(Xml.attr(o, "ilvl"), -1);
            if (i < 0 || i >= LEVELS) continue;
            Element l = Xml.child(o, "lvl");
            if (l != null) levels[i] = level(l);
            String start = Xml.val(o, "startOverride");
            if (start != null) {
                Level old = levels[i];
                levels[i] = new Level(Xml.parseInt(start, old.start()), old.format(), old.text(), old.restart(),
                        old.legal(), old.pStyle());
                overridden = true;
            }
        }
        return new Instance(overridden ? "num:" + numId : "abs:" + absId, levels);
    }

    private static Level level(Element l) {
        Element text = Xml.child(l, "lvlText");
        Boolean legal = Xml.onOff(l, "isLgl");
        return new Level(Xml.intVal(l, "start", 0), Xml.val(l, "numFmt"),
                text == null ? null : Xml.attr(text, "val"), Xml.intVal(l, "lvlRestart", -1),
                legal != null && legal, Xml.val(l, "pStyle") == null ? "" : Xml.val(l, "pStyle"));
    }
}
