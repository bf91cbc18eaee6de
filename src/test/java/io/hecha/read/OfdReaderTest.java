package io.hecha.read;

import io.hecha.TestFiles;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfdReaderTest {
    @Test
    void governmentDocumentReadsAsParagraphsWithPages() throws BadInputException {
        Document d = Readers.read(TestFiles.shared().resolve("corpus/wild/ofdrw-n.ofd"));
        assertEquals("ofd", d.source().format());
        assertEquals(2, d.source().pageCount());
        Paragraph title = d.paragraphs().stream().filter(p -> p.text().equals("关于同意张阿三同志辞职的批复"))
                .findFirst().orElseThrow();
        assertEquals(1, title.provenance().page());
        assertNotNull(title.provenance().bbox());
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().startsWith("你院《关于给张阿三同志辞职的请示》")));
    }

    @Test
    void invoiceAmountsAreRead() throws BadInputException {
        Document d = Readers.read(TestFiles.shared().resolve("corpus/wild/ofdrw-invoice-1.ofd"));
        String all = String.join("\n", d.paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(all.contains("¥510.68") && all.contains("¥15.32") && all.contains("¥526.00"), all);
    }

    @Test
    void invoiceWithoutPagesFolderStillReads() throws BadInputException {
        // its page content sits beside Document.xml instead of under Pages/: the BaseLoc finds it
        Document d = Readers.read(TestFiles.shared().resolve("corpus/hostile/ofdrw-no_page_container.ofd"));
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.text().equals("¥57.00")));
    }

    @Test
    void doctypeAndBrokenZipAreRejected() throws IOException {
        byte[] xxe = zip("OFD.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>&e;</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>");
        BadInputException e = assertThrows(BadInputException.class, () -> new OfdReader().read(new InputFile("x.ofd", xxe, null)));
        assertTrue(e.reason().contains("OFD.xml"), e.reason());
        assertFalse(e.getMessage().contains("root:"));
        byte[] noPages = zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        BadInputException missing = assertThrows(BadInputException.class,
                () -> new OfdReader().read(new InputFile("y.ofd", noPages, null)));
        assertTrue(missing.reason().contains("Doc_0/Document.xml is missing"), missing.reason());
        assertThrows(BadInputException.class, () -> new OfdReader().read(new InputFile("z.ofd", new byte[]{'P', 'K', 3, 4, 0}, null)));
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
