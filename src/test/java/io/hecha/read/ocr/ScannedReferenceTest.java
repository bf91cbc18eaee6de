package io.hecha.read.ocr;

import io.hecha.TestFiles;
import io.hecha.check.Finding;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.InputFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference report as a scan: every page of the fixture PDF rendered to a 200 dpi grey JPEG
 * on an image-only page (made here, in a temporary folder), read by OCR through the whole
 * pipeline. Its tables come back as the text PDF's, and its checks find the one error the
 * reference has (净值 stated 1363.97 where 原值 − 累计折旧 = 2303.82 − 933.85 = 1369.97), nothing else.
 */
class ScannedReferenceTest {
    @TempDir
    static Path tmp;
    private static Result scanned;
    private static Document textLayer;
    private static Path scan;

    @BeforeAll
    static void scanAndRead() throws Exception {
        Path pdf = TestFiles.fixture("tangshan-gxj-2024.pdf");
        scan = tmp.resolve("tangshan-gxj-2024-scan.pdf");
        ScannedPdf.write(pdf, scan, 200, 1, Integer.MAX_VALUE);
        long t0 = System.nanoTime();
        scanned = new Pipeline().run(InputFile.of(scan));
        System.out.printf("ScannedReferenceTest: %d pages read by OCR in %.0f s%n",
                scanned.document().source().pageCount(), (System.nanoTime() - t0) / 1e9);
        textLayer = Pipeline.read(InputFile.of(pdf));
    }

    @Test
    void theScanHasNoTextAndIsReadByPpOcr() throws Exception {
        try (PDDocument d = Loader.loadPDF(scan.toFile())) {
            assertEquals(42, d.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(d).isBlank(), "an image-only PDF");
        }
        assertEquals("ok", scanned.document().source().status());
        Diagnostic ocr = scanned.document().diagnostics().stream().filter(d -> d.code().equals("ocr.pages"))
                .findFirst().orElseThrow(() -> new AssertionError(scanned.document().diagnostics().toString()));
        assertTrue(ocr.message().startsWith("42 page(s) without a text layer (1–42) read by OCR (PP-OCRv4 (ONNX Runtime))"),
                ocr.message());
    }

    @Test
    void tablesComeBackAsInTheTextPdf() {
        List<Table> expected = textLayer.tables(), actual = scanned.document().tables();
        assertEquals(captions(expected), captions(actual));
        int cells = 0, same = 0, numbers = 0, sameNumbers = 0;
        List<String> differences = new ArrayList<>();
        for (int t = 0; t < expected.size(); t++) {
            Table e = expected.get(t), a = actual.get(t);
            assertEquals(e.rowCount() + "×" + e.columnCount(), a.rowCount() + "×" + a.columnCount(), e.caption());
            for (int r = 0; r < e.rowCount(); r++) {
                for (int c = 0; c < e.columnCount(); c++) {
                    String want = normal(e.text(r, c)), got = normal(a.text(r, c));
                    boolean number = want.matches("-?[0-9][0-9,.]*%?");
                    cells++;
                    if (number) numbers++;
                    if (want.equals(got)) {
                        same++;
                        if (number) sameNumbers++;
                    } else {
                        differences.add(e.caption() + " [" + r + "," + c + "] " + want + " ≠ " + got);
                    }
                }
            }
        }
        System.out.println("ScannedReferenceTest: " + same + "/" + cells + " cells, " + sameNumbers + "/" + numbers
                + " numbers as in the text PDF; differences: " + differences);
        assertTrue(sameNumbers >= numbers - 2, sameNumbers + "/" + numbers + " numbers: " + differences);
        assertTrue(same >= 0.97 * cells, same + "/" + cells + " cells: " + differences);
    }

    @Test
    void theOneErrorIsTheNetValue() {
        List<Finding> errors = scanned.findings().stream()
                .filter(f -> f.severity() == Diagnostic.Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        Finding f = errors.get(0);
        assertEquals("fixed-assets.net-value", f.rule());
        assertTrue(f.values().containsAll(List.of("1363.97", "2303.82", "933.85", "1369.97")), f.values().toString());
    }

    @Test
    void everyCellAndParagraphCarriesItsConfidence() {
        for (Table t : scanned.document().tables()) {
            for (TableCell c : t.cells()) {
                if (c.text().isEmpty()) continue;
                assertNotNull(c.provenance().ocr(), t.caption() + " " + c.row() + "," + c.column());
                assertTrue(c.provenance().ocr().confidence() > 0 && c.provenance().ocr().confidence() <= 1);
            }
        }
        assertTrue(scanned.document().paragraphs().stream().allMatch(p -> p.provenance().ocr() != null));
        // the error stands: the digits it compares were read surely
        Table assets = scanned.document().tables().stream().filter(t -> t.caption().contains("固定资产情况表"))
                .findFirst().orElseThrow();
        TableCell total = assets.cellAt(assets.rowCount() - 1, assets.columnCount() - 1);
        assertEquals("1369.97", total.text());
        assertTrue(total.provenance().ocr().uncertain().isEmpty(), total.provenance().ocr().toString());
    }

    private static List<String> captions(List<Table> tables) {
        return tables.stream().map(t -> normal(t.caption())).toList();
    }

    /** Text compared without white space and with full-width forms as half-width (（ and ( look alike to OCR). */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
