package io.hecha.read;

import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Source;
import io.hecha.read.layout.Glyph;
import io.hecha.read.layout.LayoutPage;
import io.hecha.read.layout.PageLayout;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads OFD (GB/T 33190): {@code OFD.xml} → {@code DocBody/DocRoot} → {@code Document.xml} → each
 * page's {@code Content.xml}; every {@code TextObject/TextCode} becomes positioned glyphs (mm
 * converted to points) and the pages go through the same line and paragraph rebuilding as PDF.
 * XML is parsed with external entities and DTDs disabled; zip size and entry count are capped.
 */
final class OfdReader implements DocumentReader {
    private static final double PT_PER_MM = 72 / 25.4;
    private static final long MAX_UNZIPPED = 200L << 20;
    private static final int MAX_ENTRIES = 20_000;

    @Override
    public Document read(InputFile input) throws BadInputException {
        Map<String, byte[]> zip = unzip(input);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Element ofd = xml(input, zip, "OFD.xml");
        String root = text(first(ofd, "DocRoot"));
        if (root.isEmpty()) throw new BadInputException(input.fileName(), "OFD.xml names no DocRoot");
        String docPath = resolve("", root);
        Element doc = xml(input, zip, docPath);
        String base = docPath.contains("/") ? docPath.substring(0, docPath.lastIndexOf('/') + 1) : "";
        Element pagesEl = first(doc, "Pages");
        if (pagesEl == null) throw new BadInputException(input.fileName(), "OFD document has no page container");
        double[] defaultBox = box(text(first(first(doc, "PageArea"), "PhysicalBox")), new double[]{0, 0, 210, 297});
        NodeList templates = doc.getElementsByTagNameNS("*", "TemplatePage");
        for (int i = 0; i < templates.getLength(); i++) {
            String t = resolve(base, ((Element) templates.item(i)).getAttribute("BaseLoc"));
            if (!zip.containsKey(t)) {
                diagnostics.add(Diagnostic.warning("ofd.missing-template", "template page " + t
                        + " is missing; its text (if any) is not read", null));
            }
        }
        List<LayoutPage> pages = new ArrayList<>();
        NodeList pageList = pagesEl.getElementsByTagNameNS("*", "Page");
        for (int i = 0; i < pageList.getLength(); i++) {
            String loc = ((Element) pageList.item(i)).getAttribute("BaseLoc");
            String path = resolve(base, loc);
            if (!zip.containsKey(path)) {
                diagnostics.add(Diagnostic.warning("ofd.missing-page", "page " + (i + 1) + " content " + path
                        + " is missing", null));
                continue;
            }
            Element content = xml(input, zip, path);
            double[] pbox = box(text(first(first(content, "Area"), "PhysicalBox")), defaultBox);
            pages.add(new LayoutPage(i + 1, pbox[2] * PT_PER_MM, pbox[3] * PT_PER_MM, glyphs(content), List.of()));
        }
        if (pages.isEmpty()) throw new BadInputException(input.fileName(), "OFD document has no readable page");
        Source source = new Source(input.fileName(), input.sha256(), Format.OFD.id(), "application/ofd",
                pageList.getLength(), "ok");
        return PageLayout.document(source, pages, List.of(), diagnostics);
    }

    /** One glyph per character of every TextCode, positioned with X/Y and DeltaX. */
    static List<Glyph> glyphs(Element content) {
        List<Glyph> out = new ArrayList<>();
        NodeList objects = content.getElementsByTagNameNS("*", "TextObject");
        for (int i = 0; i < objects.getLength(); i++) {
            Element to = (Element) objects.item(i);
            double[] b = box(to.getAttribute("Boundary"), new double[]{0, 0, 0, 0});
            double size = number(to.getAttribute("Size"), 3.5);
            boolean bold = "true".equals(to.getAttribute("Bold")) || number(to.getAttribute("Weight"), 400) >= 600;
            NodeList codes = to.getElementsByTagNameNS("*", "TextCode");
            double x = 0, y = 0;
            for (int k = 0; k < codes.getLength(); k++) {
                Element code = (Element) codes.item(k);
                x = number(code.getAttribute("X"), x);
                y = number(code.getAttribute("Y"), y);
                List<Double> deltas = deltas(code.getAttribute("DeltaX"));
                String s = code.getTextContent();
                double cx = x;
                int ci = 0;
                for (int off = 0; off < s.length(); ) {
                    int cp = s.codePointAt(off);
                    double advance = ci < deltas.size() ? deltas.get(ci) : size;
                    out.add(new Glyph(new String(Character.toChars(cp)), (b[0] + cx) * PT_PER_MM,
                            (b[1] + y) * PT_PER_MM, Math.min(advance, size) * PT_PER_MM, size * PT_PER_MM, bold));
                    cx += advance;
                    ci++;
                    off += Character.charCount(cp);
                }
            }
        }
        return out;
    }

    /** DeltaX values with {@code g N V} runs expanded. */
    static List<Double> deltas(String attr) {
        List<Double> out = new ArrayList<>();
        String[] t = attr.trim().isEmpty() ? new String[0] : attr.trim().split("\\s+");
        for (int i = 0; i < t.length && out.size() < 100_000; i++) {
            if (t[i].equals("g") && i + 2 < t.length) {
                int n = (int) Math.min(10_000, number(t[i + 1], 0));
                double v = number(t[i + 2], 0);
                for (int k = 0; k < n; k++) out.add(v);
                i += 2;
            } else {
                out.add(number(t[i], 0));
            }
        }
        return out;
    }

    private static double[] box(String s, double[] fallback) {
        String[] t = s == null ? new String[0] : s.trim().split("\\s+");
        if (t.length != 4) return fallback;
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) b[i] = number(t[i], fallback[i]);
        return b;
    }

    private static double number(String s, double fallback) {
        try {
            return s == null || s.isBlank() ? fallback : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String resolve(String base, String loc) {
        String l = loc.trim().replace('\\', '/');
        String p = l.startsWith("/") ? l.substring(1) : base + l;
        List<String> parts = new ArrayList<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) return null;
        NodeList l = parent.getElementsByTagNameNS("*", localName);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static String text(Node n) {
        return n == null ? "" : n.getTextContent().trim();
    }

    private static Map<String, byte[]> unzip(InputFile input) throws BadInputException {
        Map<String, byte[]> out = new HashMap<>();
        long total = 0;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(input.bytes()))) {
            ZipEntry e;
            byte[] buf = new byte[8192];
            while ((e = zin.getNextEntry()) != null) {
                if (out.size() >= MAX_ENTRIES) throw new BadInputException(input.fileName(), "OFD zip has too many entries");
                if (e.isDirectory()) continue;
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int n;
                while ((n = zin.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_UNZIPPED) throw new BadInputException(input.fileName(), "OFD zip expands beyond "
                            + (MAX_UNZIPPED >> 20) + " MB");
                    bytes.write(buf, 0, n);
                }
                out.put(resolve("", e.getName()), bytes.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(input.fileName(), "not a readable OFD (zip): " + e.getMessage(), e);
        }
        if (!out.containsKey("OFD.xml")) throw new BadInputException(input.fileName(), "not an OFD: no OFD.xml");
        return out;
    }

    private static Element xml(InputFile input, Map<String, byte[]> zip, String path) throws BadInputException {
        byte[] b = zip.get(path);
        if (b == null) throw new BadInputException(input.fileName(), "OFD part " + path + " is missing");
        try (InputStream in = new ByteArrayInputStream(b)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(null);
            return db.parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new BadInputException(input.fileName(), "OFD part " + path + " is not readable XML: " + e.getMessage(), e);
        }
    }
}
