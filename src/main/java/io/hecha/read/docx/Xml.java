package io.hecha.read.docx;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/** Small DOM helpers for WordprocessingML: namespaces, child elements, {@code w:val} attributes. */
final class Xml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String R_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private Xml() {
    }

    /** True when {@code n} is the WordprocessingML element {@code w:local}. */
    static boolean isW(Node n, String local) {
        return n instanceof Element && local.equals(n.getLocalName()) && isWNamespace(n.getNamespaceURI());
    }

    static boolean isWNamespace(String ns) {
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    /** True when {@code n} is an element in the WordprocessingML namespace. */
    static boolean inW(Node n) {
        return n instanceof Element && isWNamespace(n.getNamespaceURI());
    }

    /** The first child element {@code w:local}, or null. */
    static Element child(Element e, String local) {
        if (e == null) return null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, local)) return (Element) n;
        }
        return null;
    }

    /** Every child element {@code w:local} in order. */
    static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        if (e == null) return out;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, local)) out.add((Element) n);
        }
        return out;
    }

    /** Every child element in order, whatever its namespace. */
    static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        if (e == null) return out;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) out.add(el);
        }
        return out;
    }

    /** The attribute {@code w:local} (or an unqualified {@code local}), "" when absent. */
    static String attr(Element e, String local) {
        if (e == null) return "";
        String v = e.getAttributeNS(W, local);
        if (v == null || v.isEmpty()) v = e.getAttributeNS(W_STRICT, local);
        if (v == null || v.isEmpty()) v = e.getAttribute(local);
        return v == null ? "" : v;
    }

    /** The relationship id attribute {@code r:local}, "" when absent. */
    static String relAttr(Element e, String local) {
        String v = e.getAttributeNS(R, local);
        if (v == null || v.isEmpty()) v = e.getAttributeNS(R_STRICT, local);
        return v == null ? "" : v;
    }

    /** The {@code w:val} of the child {@code w:local}, or null when there is no such child. */
    static String val(Element parent, String local) {
        Element c = child(parent, local);
        return c == null ? null : attr(c, "val");
    }

    /** The {@code w:val} of the child as an int, or {@code dflt} when absent or not a number. */
    static int intVal(Element parent, String local, int dflt) {
        String v = val(parent, local);
        return parseInt(v, dflt);
    }

    static int parseInt(String v, int dflt) {
        if (v == null || v.isEmpty()) return dflt;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** An on/off property ({@code w:b}, {@code w:tblHeader}): null when absent, else its value. */
    static Boolean onOff(Element parent, String local) {
        Element c = child(parent, local);
        if (c == null) return null;
        String v = attr(c, "val");
        return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off")
                || v.equalsIgnoreCase("none"));
    }

    /** The first descendant element with this namespace and local name, depth first, or null. */
    static Element descendant(Element e, String ns, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                if (local.equals(el.getLocalName()) && ns.equals(el.getNamespaceURI())) return el;
                Element d = descendant(el, ns, local);
                if (d != null) return d;
            }
        }
        return null;
    }

    /** The text of all descendant text nodes. */
    static String text(Node n) {
        StringBuilder b = new StringBuilder();
        appendText(n, b);
        return b.toString();
    }

    private static void appendText(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            short type = c.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                String v = c.getNodeValue();
                if (v != null) b.append(v);
            } else if (type == Node.ELEMENT_NODE) {
                appendText(c, b);
            }
        }
    }
}
