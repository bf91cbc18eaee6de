package io.hecha.read.ocr;

import io.hecha.TestFiles;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.read.InputFile;
import io.hecha.read.layout.Glyph;
import io.hecha.read.pdf.PdfReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scanned pages of real and made PDFs, and the Tesseract fallback. */
class ScannedPagesTest {
    @TempDir
    Path tmp;

    @Test
    void aRealScanReadsIntoText() throws Exception {
        Path scan = TestFiles.shared().resolve("corpus/wild/mineru-small_ocr.pdf");
        Document d = new PdfReader().read(InputFile.of(scan));
        assertEquals("ok", d.source().status());
        String text = d.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        assertTrue(text.length() > 3000, text.length() + " characters");
        for (String words : new String[] {"使用价值", "交换价值", "商品"}) assertTrue(text.contains(words), words);
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.code().equals("ocr.pages")
                && x.message().startsWith("8 page(s) without a text layer (1–8) read by OCR")), d.diagnostics().toString());
        assertTrue(d.paragraphs().stream().allMatch(p -> p.provenance().ocr() != null && p.provenance().page() != null));
    }

    @Test
    void aBlankPageStaysWithoutText() throws Exception {
        Path blank = tmp.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(blank.toFile());
        }
        Document d = new PdfReader().read(InputFile.of(blank));
        assertEquals("no text layer", d.source().status());
        assertTrue(d.blocks().isEmpty());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.code().equals("pdf.no-text-layer")), d.diagnostics().toString());
    }

    @Test
    void tesseractIsInstalledAndReadsAPageWhenOnnxRuntimeCannot() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "scripts/install-test-packages.sh installs tesseract-ocr");
        Path scan = tmp.resolve("fixed-assets-page.pdf");
        ScannedPdf.write(TestFiles.fixture("tangshan-gxj-2024.pdf"), scan, 200, 15, 15);
        PageRecognizer tesseract = new PageRecognizer(PageRecognizer.engine("tesseract"));
        assertEquals("Tesseract (chi_sim)", tesseract.engineName());
        try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
            RecognizedPage page = tesseract.recognize(doc, 0);
            String text = page.page().glyphs().stream().map(Glyph::text).collect(Collectors.joining());
            assertTrue(text.contains("固定资产") && text.contains("2303.82"), text);
            assertTrue(page.page().rulings().size() >= 10, "the table's rulings: " + page.page().rulings().size());
            assertTrue(page.page().glyphs().stream().allMatch(g -> g.confidence() >= 0 && g.confidence() <= 1));
            assertEquals(Diagnostic.Severity.INFO, page.diagnostic().severity());
            assertTrue(page.diagnostic().message().contains("Tesseract (chi_sim)"), page.diagnostic().message());
        }
    }

    @Test
    void pageRangesAreWrittenShort() {
        assertEquals("1–3, 5, 7–8", PageRanges.of(java.util.List.of(1, 2, 3, 5, 7, 8)));
        assertEquals("4", PageRanges.of(java.util.List.of(4)));
    }
}
