package io.hecha.read.pdf;

import io.hecha.TestFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text-only font gives what PDFBox's own font of the same dictionary gives for every code:
 * width, displacement, Unicode text, box, name and descriptor, asked twice (the second answer
 * from its per-code arrays); fonts it cannot stand for are left to PDFBox.
 */
class TextOnlyFontTest {
    @ParameterizedTest
    @ValueSource(strings = {"tangshan-gxj-2024.pdf", "project-eval-sample.pdf", "self-eval-form-sample.pdf"})
    void everyCodeReadsAsWithPdfBoxsOwnFont(String fixture) throws Exception {
        int compared = 0;
        try (PDDocument doc = Loader.loadPDF(TestFiles.fixture(fixture).toFile())) {
            for (COSDictionary dict : fonts(doc)) {
                PDFont full = PDFontFactory.createFont(dict);
                PDFont textOnly = TextOnlyFont.of(dict);
                if (!(full instanceof PDType1Font) && !(full instanceof PDTrueTypeFont)) {
                    assertNull(textOnly, "only embedded Type 1 and TrueType fonts are stood for: " + full.getName());
                    continue;
                }
                assertNotNull(textOnly, full.getName());
                assertEquals(full.getName(), textOnly.getName());
                assertEquals(full.getBoundingBox().toString(), textOnly.getBoundingBox().toString());
                assertEquals(full.getFontDescriptor().getCOSObject(), textOnly.getFontDescriptor().getCOSObject());
                assertFalse(textOnly.isVertical());
                GlyphList extra = GlyphList.getAdobeGlyphList();
                for (int code = 0; code < 512; code++) {
                    int c = code % 256;
                    assertEquals(full.getWidth(c), textOnly.getWidth(c), full.getName() + " width of " + c);
                    assertEquals(full.getDisplacement(c).getX(), textOnly.getDisplacement(c).getX());
                    String expected = full.toUnicode(c, extra);
                    if (expected == null) expected = String.valueOf((char) c); // PDFBox's text stripper coerces it so
                    assertEquals(expected, textOnly.toUnicode(c, extra), full.getName() + " text of " + c);
                }
                compared++;
            }
        }
        assertTrue(compared > 0, "the fixture embeds simple fonts");
    }

    private static List<COSDictionary> fonts(PDDocument doc) {
        List<COSDictionary> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            if (fonts == null) continue;
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary d && out.stream().noneMatch(f -> f == d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }
}
