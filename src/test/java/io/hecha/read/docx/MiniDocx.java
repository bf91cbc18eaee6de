package io.hecha.read.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds minimal DOCX packages from WordprocessingML snippets, for reader tests. */
final class MiniDocx {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";

    private String body = "";
    private String styles;
    private String numbering;
    private final Map<String, String> charts = new LinkedHashMap<>();

    MiniDocx body(String xml) {
        this.body = xml;
        return this;
    }

    /** {@code w:style} elements. */
    MiniDocx styles(String xml) {
        this.styles = xml;
        return this;
    }

    /** {@code w:abstractNum} and {@code w:num} elements. */
    MiniDocx numbering(String xml) {
        this.numbering = xml;
        return this;
    }

    /** A chart part related as {@code rId}, with the {@code c:chart} element's content. */
    MiniDocx chart(String rId, String chartXml) {
        charts.put(rId, chartXml);
        return this;
    }

    byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        if (styles != null) {
            types.append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
            parts.put("word/styles.xml", "<w:styles " + NS + ">" + styles + "</w:styles>");
        }
        if (numbering != null) {
            types.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
            rels.append("<Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
            parts.put("word/numbering.xml", "<w:numbering " + NS + ">" + numbering + "</w:numbering>");
        }
        int n = 1;
        for (Map.Entry<String, String> c : charts.entrySet()) {
            String name = "charts/chart" + n++ + ".xml";
            types.append("<Override PartName=\"/word/").append(name)
                    .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>");
            rels.append("<Relationship Id=\"").append(c.getKey())
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"")
                    .append(name).append("\"/>");
            parts.put("word/" + name, "<c:chartSpace " + NS + "><c:chart>" + c.getValue() + "</c:chart></c:chartSpace>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        parts.put("[Content_Types].xml", types.toString());
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/_rels/document.xml.rels", rels.toString());
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>"
                + body + "</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A paragraph with one run of text. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A paragraph with one bold run. */
    static String boldP(String text) {
        return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A paragraph with a style. */
    static String styledP(String styleId, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** A numbered paragraph. */
    static String numP(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    /** A table cell with optional tcPr content. */
    static String tc(String tcPr, String text) {
        return "<w:tc>" + (tcPr.isEmpty() ? "" : "<w:tcPr>" + tcPr + "</w:tcPr>") + p(text) + "</w:tc>";
    }
}
