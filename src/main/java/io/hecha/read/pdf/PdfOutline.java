package io.hecha.read.pdf;

import io.hecha.read.layout.Anchor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the PDF's outline entries and named destinations with their page and height. Loops and
 * absurd sizes in hostile files are cut off.
 */
final class PdfOutline {
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_DEPTH = 20;

    private PdfOutline() {
    }

    /**
     * Outline entries in document order, then named destinations sorted by page and height. The
     * names of destinations LibreOffice wrote from Word bookmarks are given back their underscores
     * (it writes {@code _Toc123} as {@code 5FToc123}: the character's hex code without the {@code #}
     * that PDF names use).
     */
    static List<Anchor> read(PDDocument doc) {
        List<Anchor> out = new ArrayList<>();
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        try {
            PDDocumentOutline outline = catalog.getDocumentOutline();
            if (outline != null) {
                walk(doc, outline, 1, out, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        } catch (IOException | RuntimeException ignored) {
            // a broken outline only loses headings
        }
        List<Anchor> named = new ArrayList<>();
        try {
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null && names.getDests() != null) {
                collectNames(doc, names.getDests(), named, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
            COSBase dests = catalog.getCOSObject().getDictionaryObject(COSName.DESTS);
            if (dests instanceof COSDictionary d) {
                for (COSName key : d.keySet()) {
                    if (named.size() >= MAX_ENTRIES) break;
                    COSBase v = d.getDictionaryObject(key);
                    if (v instanceof COSDictionary vd) v = vd.getDictionaryObject(COSName.D);
                    if (v instanceof COSArray a) {
                        PDDestination dest = PDDestination.create(a);
                        anchor(doc, key.getName(), dest, 0).ifPresent(named::add);
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // broken destinations only lose bookmarks
        }
        if (writtenByLibreOffice(doc)) {
            named.replaceAll(a -> new Anchor(a.name().replace("5F", "_"), a.page(), a.x(), a.y(), a.depth()));
        }
        named.sort((a, b) -> a.page() != b.page() ? Integer.compare(a.page(), b.page())
                : Double.compare(Double.isNaN(a.y()) ? 0 : a.y(), Double.isNaN(b.y()) ? 0 : b.y()));
        out.addAll(named);
        return out;
    }

    private static boolean writtenByLibreOffice(PDDocument doc) {
        try {
            String producer = doc.getDocumentInformation().getProducer();
            return producer != null && (producer.contains("LibreOffice") || producer.contains("OpenOffice"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void walk(PDDocument doc, PDOutlineNode node, int depth, List<Anchor> out,
                             Set<COSDictionary> visited) throws IOException {
        if (depth > MAX_DEPTH) return;
        for (PDOutlineItem item : node.children()) {
            if (out.size() >= MAX_ENTRIES || !visited.add(item.getCOSObject())) return;
            PDDestination dest = item.getDestination();
            if (dest == null) {
                PDAction action = item.getAction();
                if (action instanceof PDActionGoTo goTo) dest = goTo.getDestination();
            }
            if (dest instanceof PDNamedDestination nd) dest = doc.getDocumentCatalog().findNamedDestinationPage(nd);
            String title = item.getTitle() == null ? "" : item.getTitle().strip();
            if (!title.isEmpty()) anchor(doc, title, dest, depth).ifPresent(out::add);
            walk(doc, item, depth + 1, out, visited);
        }
    }

    private static void collectNames(PDDocument doc, PDNameTreeNode<PDPageDestination> node, List<Anchor> out,
                                     int depth, Set<COSDictionary> visited) throws IOException {
        if (depth > MAX_DEPTH || !visited.add(node.getCOSObject())) return;
        Map<String, PDPageDestination> names = node.getNames();
        if (names != null) {
            for (Map.Entry<String, PDPageDestination> e : names.entrySet()) {
                if (out.size() >= MAX_ENTRIES) return;
                anchor(doc, e.getKey(), e.getValue(), 0).ifPresent(out::add);
            }
        }
        List<PDNameTreeNode<PDPageDestination>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDPageDestination> kid : kids) collectNames(doc, kid, out, depth + 1, visited);
        }
    }

    private static java.util.Optional<Anchor> anchor(PDDocument doc, String name, PDDestination dest, int depth) {
        if (!(dest instanceof PDPageDestination pd)) return java.util.Optional.empty();
        int index = pd.retrievePageNumber();
        if (index < 0) {
            PDPage page = pd.getPage();
            index = page == null ? -1 : doc.getPages().indexOf(page);
        }
        if (index < 0) return java.util.Optional.empty();
        PDPage page = doc.getPage(index);
        double top = Double.NaN;
        int raw = -1;
        if (pd instanceof PDPageXYZDestination xyz) raw = xyz.getTop();
        else if (pd instanceof PDPageFitWidthDestination fh) raw = fh.getTop();
        if (raw >= 0) top = page.getCropBox().getUpperRightY() - raw;
        double left = Double.NaN;
        if (pd instanceof PDPageXYZDestination xyz && xyz.getLeft() >= 0) {
            left = xyz.getLeft() - page.getCropBox().getLowerLeftX();
        }
        return java.util.Optional.of(new Anchor(name, index + 1, left, top, depth));
    }
}
