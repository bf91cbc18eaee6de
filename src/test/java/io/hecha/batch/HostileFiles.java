package io.hecha.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile inputs the tests make themselves: zip bomb, XXE, billion laughs, deep nesting, a disguised text file. */
final class HostileFiles {
    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Default Extension="png" ContentType="image/png"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private HostileFiles() {
    }

    /** A DOCX whose document.xml is given. */
    static Path docx(Path file, String documentXml) throws IOException {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            entry(z, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(z, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(z, "word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }

    static String body(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document " + W + "><w:body>"
                + inner + "</w:body></w:document>";
    }

    /**
     * A zip bomb: a DOCX whose document.xml inflates to {@code megabytes} MB of one repeated
     * character (about 1000:1), streamed so the test never holds it in memory.
     */
    static Path zipBomb(Path file, int megabytes) throws IOException {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            entry(z, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(z, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "一".repeat(1 << 18).getBytes(StandardCharsets.UTF_8); // 768 KB
            long total = (long) megabytes << 20;
            for (long n = 0; n < total; n += chunk.length) z.write(chunk);
            z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return file;
    }

    /** An external entity pointing at a local file: its content must never reach any output. */
    static Path xxe(Path file, Path secret) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<w:document " + W + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        return docx(file, xml);
    }

    /** Billion laughs: ten levels of ten-fold entity expansion. */
    static Path billionLaughs(Path file) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + dtd + "\n<w:document " + W
                + "><w:body><w:p><w:r><w:t>&lol10;</w:t></w:r></w:p></w:body></w:document>";
        return docx(file, xml);
    }

    /** Tables nested {@code depth} deep. */
    static Path nestedTables(Path file, int depth) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) b.append("<w:tbl><w:tr><w:tc>");
        b.append("<w:p><w:r><w:t>深处</w:t></w:r></w:p>");
        for (int i = 0; i < depth; i++) b.append("<w:p/></w:tc></w:tr></w:tbl>");
        return docx(file, body(b.toString() + "<w:p/>"));
    }

    /** A DOCX with a PNG that claims 100000 × 100000 pixels. */
    static Path hugeImage(Path file) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 1, (byte) 0x86, (byte) 0xa0, 0, 1, (byte) 0x86, (byte) 0xa0, 8, 6, 0, 0, 0, 0, 0, 0, 0});
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            entry(z, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            entry(z, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            entry(z, "word/_rels/document.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId9\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                    + "Target=\"media/image1.png\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            entry(z, "word/media/image1.png", png.toByteArray());
            entry(z, "word/document.xml", body("<w:p><w:r><w:t>图</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
