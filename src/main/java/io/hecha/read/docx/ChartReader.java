package io.hecha.read.docx;

import io.hecha.model.Chart;
import io.hecha.model.ChartSeries;
import io.hecha.model.Provenance;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads a DrawingML chart ({@code c:chart}) into a {@link Chart}: type from the plot element
 * ({@code c:barChart} → {@code bar}), categories from the first series' {@code c:cat} cache,
 * each series' name from {@code c:tx} and values from {@code c:val} exactly as cached.
 */
final class ChartReader {
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private ChartReader() {
    }

    /** The {@code c:chart} element of a chart part's root ({@code c:chartSpace}), or null. */
    static Element chartElement(Element chartSpace) {
        if ("chart".equals(chartSpace.getLocalName())) return chartSpace;
        return child(chartSpace, "chart");
    }

    /** The chart; id and caption are set later by the caption linker (caption starts as the chart title). */
    static Chart read(Element chart, Provenance where) {
        Element plotArea = child(chart, "plotArea");
        String type = "";
        List<String> categories = List.of();
        List<ChartSeries> series = new ArrayList<>();
        if (plotArea != null) {
            for (Element plot : elements(plotArea)) {
                String local = plot.getLocalName();
                if (!local.endsWith("Chart") || !Xml.C.equals(plot.getNamespaceURI())) continue;
                if (type.isEmpty()) type = local.substring(0, local.length() - "Chart".length());
                for (Element ser : elements(plot)) {
                    if (!"ser".equals(ser.getLocalName())) continue;
                    Element cat = child(ser, "cat");
                    if (cat == null) cat = child(ser, "xVal");
                    if (categories.isEmpty() && cat != null) categories = points(cat);
                    Element val = child(ser, "val");
                    if (val == null) val = child(ser, "yVal");
                    series.add(new ChartSeries(name(child(ser, "tx")), val == null ? List.of() : points(val)));
                }
            }
        }
        return new Chart("", title(child(chart, "title")), type, categories, series, where);
    }

    private static String name(Element tx) {
        if (tx == null) return "";
        List<String> pts = points(tx);
        if (!pts.isEmpty()) return String.join(" ", pts);
        Element v = child(tx, "v");
        return v == null ? "" : Xml.text(v);
    }

    /** The cached points of a data reference (str/num/multi-level, ref or literal), by index. */
    private static List<String> points(Element ref) {
        Element cache = findCache(ref);
        if (cache == null) return List.of();
        if ("multiLvlStrCache".equals(cache.getLocalName())) {
            Element lvl = child(cache, "lvl");
            return lvl == null ? List.of() : collect(lvl, count(cache));
        }
        return collect(cache, count(cache));
    }

    private static Element findCache(Element e) {
        for (Element c : elements(e)) {
            String n = c.getLocalName();
            if (n.equals("strCache") || n.equals("numCache") || n.equals("multiLvlStrCache")
                    || n.equals("strLit") || n.equals("numLit")) return c;
            if (n.equals("strRef") || n.equals("numRef") || n.equals("multiLvlStrRef")) {
                Element inner = findCache(c);
                if (inner != null) return inner;
            }
        }
        return null;
    }

    private static int count(Element cache) {
        Element pc = child(cache, "ptCount");
        return pc == null ? -1 : Xml.parseInt(pc.getAttribute("val"), -1);
    }

    private static List<String> collect(Element holder, int count) {
        TreeMap<Integer, String> byIdx = new TreeMap<>();
        for (Element pt : elements(holder)) {
            if (!"pt".equals(pt.getLocalName())) continue;
            int idx = Xml.parseInt(pt.getAttribute("idx"), byIdx.size());
            Element v = child(pt, "v");
            byIdx.put(idx, v == null ? "" : Xml.text(v));
        }
        int n = Math.max(count, byIdx.isEmpty() ? 0 : byIdx.lastKey() + 1);
        n = Math.min(n, Math.max(byIdx.size(), 0) + 10_000);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(byIdx.getOrDefault(i, ""));
        return out;
    }

    private static String title(Element title) {
        if (title == null) return "";
        StringBuilder b = new StringBuilder();
        appendText(title, b);
        return b.toString().strip();
    }

    private static void appendText(Element e, StringBuilder b) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if ("t".equals(c.getLocalName()) && A.equals(c.getNamespaceURI())) b.append(Xml.text(c));
                else if ("v".equals(c.getLocalName())) b.append(Xml.text(c));
                else appendText(c, b);
            }
        }
    }

    private static Element child(Element e, String local) {
        if (e == null) return null;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName()) && Xml.C.equals(c.getNamespaceURI())) return c;
        }
        return null;
    }

    private static List<Element> elements(Element e) {
        return Xml.elements(e);
    }
}
