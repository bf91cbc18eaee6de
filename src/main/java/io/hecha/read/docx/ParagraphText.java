package io.hecha.read.docx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The displayed content of one {@code w:p}: text with tracked changes accepted and fields showing
 * their result, the bookmarks that start and end in it, the charts it holds, and whether every
 * run with text is bold. Walks the paragraph's XML directly.
 */
final class ParagraphText {
    /** A bookmark start met in the paragraph, with whether text came before it. */
    record Mark(String id, String name, boolean afterText) {
    }

    final StringBuilder text = new StringBuilder();
    final List<Mark> starts = new ArrayList<>();
    final List<Mark> ends = new ArrayList<>();
    final List<String> chartRelationIds = new ArrayList<>();
    String styleId;
    Element pPr;
    boolean inToc;
    private int textRuns;
    private int boldRuns;

    private final StyleIndex styles;
    private final Fields fields;
    private Boolean paragraphBold;

    private ParagraphText(StyleIndex styles, Fields fields) {
        this.styles = styles;
        this.fields = fields;
    }

    /** Reads a paragraph; {@code fields} carries open fields across paragraphs. */
    static ParagraphText read(Element p, StyleIndex styles, Fields fields) {
        ParagraphText t = new ParagraphText(styles, fields);
        t.pPr = Xml.child(p, "pPr");
        String sid = Xml.val(t.pPr, "pStyle");
        t.styleId = sid == null ? styles.defaultParagraphStyle() : sid;
        StyleIndex.Resolved rs = styles.resolve(t.styleId);
        t.paragraphBold = rs.bold() != null ? rs.bold() : styles.defaultBold();
        t.inToc = fields.inToc();
        t.content(p);
        return t;
    }

    /** True when every run with visible text is bold (and there is at least one). */
    boolean allBold() {
        return textRuns > 0 && boldRuns == textRuns;
    }

    private void content(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String ns = e.getNamespaceURI();
            String local = e.getLocalName();
            if (Xml.isWNamespace(ns)) {
                switch (local) {
                    case "pPr", "rPr", "del", "moveFrom", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr",
                         "commentRangeStart", "commentRangeEnd", "proofErr", "permStart", "permEnd" -> {
                    }
                    case "r" -> run(e);
                    case "bookmarkStart" -> {
                        String name = Xml.attr(e, "name");
                        if (!name.isEmpty()) starts.add(new Mark(Xml.attr(e, "id"), name, text.length() > 0));
                    }
                    case "bookmarkEnd" -> ends.add(new Mark(Xml.attr(e, "id"), "", text.length() > 0));
                    case "fldSimple" -> {
                        String instr = Xml.attr(e, "instr");
                        fields.simple(instr, true);
                        if (fields.inToc()) inToc = true;
                        content(e);
                        fields.simple(instr, false);
                    }
                    default -> content(e); // ins, moveTo, hyperlink, smartTag, sdt, sdtContent, customXml, dir, bdo
                }
            } else if (Xml.MC.equals(ns) && "AlternateContent".equals(local)) {
                alternate(e, false);
            } else if (Xml.M.equals(ns)) {
                math(e);
            }
        }
    }

    private void run(Element r) {
        Element rPr = Xml.child(r, "rPr");
        if (Boolean.TRUE.equals(Xml.onOff(rPr, "vanish")) && !Boolean.TRUE.equals(Xml.onOff(rPr, "specVanish"))) {
            // hidden text is not displayed; fields inside still open and close
            for (Element c : Xml.elements(r)) if (Xml.isW(c, "fldChar")) fieldChar(c);
            return;
        }
        int before = text.length();
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String ns = e.getNamespaceURI();
            String local = e.getLocalName();
            if (Xml.MC.equals(ns) && "AlternateContent".equals(local)) {
                alternate(e, true);
                continue;
            }
            if (!Xml.isWNamespace(ns)) continue;
            switch (local) {
                case "t" -> visible(Xml.text(e));
                case "tab", "ptab" -> visible("\t");
                case "br" -> {
                    String type = Xml.attr(e, "type");
                    if (type.isEmpty() || type.equals("textWrapping")) visible("\n");
                }
                case "cr" -> visible("\n");
                case "noBreakHyphen" -> visible("-");
                case "sym" -> {
                    int code = Integer.parseInt("0" + Xml.attr(e, "char").replaceAll("[^0-9A-Fa-f]", ""), 16);
                    if (code > 0 && code <= 0xFFFF) visible(String.valueOf((char) code));
                }
                case "fldChar" -> fieldChar(e);
                case "instrText" -> fields.instruction(Xml.text(e));
                case "drawing" -> drawing(e);
                case "ruby" -> {
                    Element base = Xml.child(e, "rubyBase");
                    if (base != null) content(base);
                }
                default -> {
                    // delText, delInstrText, footnoteReference, pict, object, … carry no body text
                }
            }
            if (fields.inToc()) inToc = true;
        }
        String added = text.substring(before);
        if (!added.isBlank()) {
            textRuns++;
            if (bold(rPr)) boldRuns++;
        }
    }

    private boolean bold(Element rPr) {
        Boolean b = Xml.onOff(rPr, "b");
        if (b != null) return b;
        String rStyle = Xml.val(rPr, "rStyle");
        if (rStyle != null) {
            Boolean sb = styles.resolve(rStyle).bold();
            if (sb != null) return sb;
        }
        return paragraphBold != null && paragraphBold;
    }

    private void fieldChar(Element e) {
        switch (Xml.attr(e, "fldCharType")) {
            case "begin" -> fields.begin();
            case "separate" -> fields.separate();
            case "end" -> fields.end();
            default -> {
            }
        }
    }

    private void visible(String s) {
        if (fields.displayed()) text.append(s);
    }

    private void drawing(Element e) {
        Element chart = Xml.descendant(e, Xml.C, "chart");
        if (chart != null) {
            String id = Xml.relAttr(chart, "id");
            if (!id.isEmpty()) chartRelationIds.add(id);
        }
    }

    /** {@code mc:AlternateContent}: the first choice, else the fallback. */
    private void alternate(Element e, boolean inRun) {
        Element pick = null;
        for (Element c : Xml.elements(e)) {
            if ("Choice".equals(c.getLocalName())) {
                pick = c;
                break;
            }
            if ("Fallback".equals(c.getLocalName()) && pick == null) pick = c;
        }
        if (pick == null) return;
        if (inRun) {
            for (Element c : Xml.elements(pick)) {
                if (Xml.isW(c, "drawing")) drawing(c);
            }
        } else {
            content(pick);
        }
    }

    private void math(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if ("t".equals(c.getLocalName()) && Xml.M.equals(c.getNamespaceURI())) visible(Xml.text(c));
                else if (!"rPr".equals(c.getLocalName()) && !c.getLocalName().endsWith("Pr")) math(c);
            }
        }
    }
}
