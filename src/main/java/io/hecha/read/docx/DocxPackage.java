package io.hecha.read.docx;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * An opened DOCX package: the main document part and the parts it relates to, each parsed on
 * demand (once) with a secure DOM parser (no DTDs, no external entities, see {@link SecureXml}). Reading the parts
 * directly, rather than through {@code XWPFDocument}, skips building POI's object model of every
 * part (headers, footers, pictures…), which costs several times the reading itself.
 */
final class DocxPackage implements Closeable {
    private final OPCPackage pkg;
    private final PackagePart main;

    DocxPackage(OPCPackage pkg, PackagePart main) {
        this.pkg = pkg;
        this.main = main;
    }

    /** The main part's content type. */
    public String contentType() {
        return main.getContentType();
    }

    /** The root element of the main document part ({@code w:document}). */
    Element document() throws IOException, SAXException {
        return parse(main);
    }

    /** The root element of the first part the main part relates to by a relationship type ending in "/" + kind, or null. */
    Element related(String kind) throws IOException, SAXException {
        PackagePart p = relatedPart(main, kind);
        return p == null ? null : parse(p);
    }

    /** The root element of the part the main part's relationship {@code rId} targets, or null. */
    Element byRelationId(String rId) throws IOException, SAXException {
        PackageRelationship rel = main.getRelationship(rId);
        if (rel == null || rel.getTargetMode() == TargetMode.EXTERNAL) return null;
        try {
            PackagePart p = main.getRelatedPart(rel);
            return p == null ? null : parse(p);
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The page count in {@code docProps/app.xml}, or null. */
    public Integer pages() {
        try {
            PackageRelationshipCollection rels = pkg.getRelationships();
            for (PackageRelationship r : rels) {
                if (!r.getRelationshipType().endsWith("/extended-properties")) continue;
                PackagePart p = pkg.getPart(r);
                if (p == null) return null;
                Element root = parse(p);
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "Pages".equals(e.getLocalName())) {
                        int v = Xml.parseInt(Xml.text(e), -1);
                        return v > 0 ? v : null;
                    }
                }
                return null;
            }
        } catch (IOException | SAXException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static PackagePart relatedPart(PackagePart from, String kind) {
        try {
            for (PackageRelationship r : from.getRelationships()) {
                if (r.getTargetMode() == TargetMode.EXTERNAL) continue;
                if (r.getRelationshipType().endsWith("/" + kind)) return from.getRelatedPart(r);
            }
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static Element parse(PackagePart p) throws IOException, SAXException {
        try (InputStream in = p.getInputStream()) {
            return SecureXml.parse(in).getDocumentElement();
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
