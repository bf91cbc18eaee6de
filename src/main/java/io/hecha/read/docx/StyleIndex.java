package io.hecha.read.docx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The styles part, indexed once: each style's name and what it gives a paragraph through its
 * {@code w:basedOn} chain (outline level, numbering, bold). Lookups are cached per style id.
 */
final class StyleIndex {
    private static final Pattern HEADING_NAME = Pattern.compile("^(?:heading|标题)\\s*([1-9])$");
    /** Chinese templates' own heading styles: 一级标题, 二级标题 … */
    private static final Pattern RANKED_TITLE_NAME = Pattern.compile("^([一二三四五六七八九])级标题$");
    private static final Pattern TOC_NAME = Pattern.compile("^(?:toc|目录)\\s*[1-9]$");
    private static final int MAX_CHAIN = 20;

    /** Numbering reference: {@code w:numId} and {@code w:ilvl} (-1 when not given). */
    record NumRef(int numId, int ilvl) {
    }

    /** What a style chain resolves to. */
    record Resolved(String name, Integer outlineLevel, NumRef numRef, Boolean bold, boolean toc,
                    int headingStyleLevel) {
    }

    private static final Resolved NONE = new Resolved("", null, null, null, false, 0);

    private final Map<String, Element> styles = new HashMap<>();
    private final Map<String, Resolved> cache = new HashMap<>();
    private final String defaultParagraphStyle;
    private final Boolean defaultBold;

    StyleIndex(Element stylesRoot) {
        String dflt = null;
        Boolean bold = null;
        if (stylesRoot != null) {
            for (Node n = stylesRoot.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (Xml.isW(n, "style")) {
                    Element s = (Element) n;
                    String id = Xml.attr(s, "styleId");
                    styles.putIfAbsent(id, s);
                    String def = Xml.attr(s, "default");
                    if ("paragraph".equals(Xml.attr(s, "type")) && (def.equals("1") || def.equals("true"))) dflt = id;
                } else if (Xml.isW(n, "docDefaults")) {
                    Element rPr = Xml.child(Xml.child((Element) n, "rPrDefault"), "rPr");
                    bold = Xml.onOff(rPr, "b");
                }
            }
        }
        this.defaultParagraphStyle = dflt;
        this.defaultBold = bold;
    }

    /** An index with no styles. */
    static StyleIndex empty() {
        return new StyleIndex(null);
    }

    /** The style a paragraph without {@code w:pStyle} has. */
    String defaultParagraphStyle() {
        return defaultParagraphStyle;
    }

    /** Bold from the document defaults, or null. */
    Boolean defaultBold() {
        return defaultBold;
    }

    /** Resolves a style id through its basedOn chain; unknown ids resolve to nothing. */
    Resolved resolve(String styleId) {
        if (styleId == null || styleId.isEmpty()) return NONE;
        Resolved r = cache.get(styleId);
        if (r != null) return r;
        r = compute(styleId);
        cache.put(styleId, r);
        return r;
    }

    private Resolved compute(String styleId) {
        Element first = styles.get(styleId);
        if (first == null) return NONE;
        String name = Xml.val(first, "name");
        name = name == null ? styleId : name;
        Integer outline = null;
        NumRef num = null;
        Boolean bold = null;
        boolean toc = false;
        int headingLevel = 0;
        Element s = first;
        for (int depth = 0; s != null && depth < MAX_CHAIN; depth++) {
            String n = Xml.val(s, "name");
            String lower = (n == null ? "" : n).strip().toLowerCase(Locale.ROOT);
            if (headingLevel == 0) {
                Matcher m = HEADING_NAME.matcher(lower);
                if (m.matches()) headingLevel = m.group(1).charAt(0) - '0';
                Matcher ranked = RANKED_TITLE_NAME.matcher(lower);
                if (ranked.matches()) headingLevel = "一二三四五六七八九".indexOf(ranked.group(1).charAt(0)) + 1;
            }
            if (TOC_NAME.matcher(lower).matches() || lower.equals("table of figures")) toc = true;
            Element pPr = Xml.child(s, "pPr");
            if (outline == null && pPr != null) {
                String o = Xml.val(pPr, "outlineLvl");
                if (o != null) outline = Xml.parseInt(o, 9);
            }
            if (num == null && pPr != null) {
                Element numPr = Xml.child(pPr, "numPr");
                if (numPr != null && Xml.child(numPr, "numId") != null) {
                    num = new NumRef(Xml.intVal(numPr, "numId", 0), Xml.intVal(numPr, "ilvl", -1));
                }
            }
            if (bold == null) bold = Xml.onOff(Xml.child(s, "rPr"), "b");
            String based = Xml.val(s, "basedOn");
            s = based == null || based.equals(Xml.attr(s, "styleId")) ? null : styles.get(based);
        }
        String idLower = styleId.toLowerCase(Locale.ROOT);
        if (headingLevel == 0 && idLower.matches("heading[1-9]")) headingLevel = idLower.charAt(7) - '0';
        if (idLower.matches("toc[1-9]")) toc = true;
        return new Resolved(name, outline, num, bold, toc, headingLevel);
    }
}
