package io.hecha.read.ocr;

import io.hecha.TestFiles;
import io.hecha.model.Diagnostic;
import io.hecha.model.Table;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages laid crooked on the scanner: a table page of the reference scanned turned by 1.5° one
 * way or 2° the other gives the tables of its text layer back as well as a level scan of the page
 * does (without straightening, a 1.5° turn lost every table of the page), and the reading says it
 * straightened the page.
 */
class ScannedAskewTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"15, 1.5", "14, -2"})
    void aCrookedScanGivesTheTablesOfTheTextLayerAsALevelScanDoes(int page, double degrees) throws Exception {
        Path pdf = TestFiles.fixture("tangshan-gxj-2024.pdf");
        Path askew = tmp.resolve("askew.pdf"), level = tmp.resolve("level.pdf"), cut = tmp.resolve("cut.pdf");
        ScannedPdf.writeAskew(pdf, askew, 200, List.of(page), degrees);
        ScannedPdf.write(pdf, level, 200, List.of(page));
        ScannedPdf.cut(pdf, cut, List.of(page));
        Result crooked = new Pipeline().run(InputFile.of(askew));
        Diagnostic ocr = crooked.document().diagnostics().stream().filter(d -> d.code().equals("ocr.pages"))
                .findFirst().orElseThrow(() -> new AssertionError(crooked.document().diagnostics().toString()));
        assertTrue(ocr.message().contains("scanned askew and straightened: page 1 ("), ocr.message());
        List<Table> expected = new Pipeline().run(InputFile.of(cut)).document().tables();
        assertTrue(expected.size() >= 3, "tables on page " + page + ": " + expected.size());
        List<String> crookedDifferences = CellComparison.of(expected, crooked.document().tables()).differences();
        List<String> levelDifferences = CellComparison.of(expected,
                new Pipeline().run(InputFile.of(level)).document().tables()).differences();
        System.out.printf("ScannedAskewTest: page %d turned %.1f°: %d cells differ from the text layer (level scan: %d); %s%n",
                page, degrees, crookedDifferences.size(), levelDifferences.size(), crookedDifferences);
        assertTrue(crookedDifferences.size() <= levelDifferences.size() + 1,
                "turned: " + crookedDifferences + "; level: " + levelDifferences);
    }
}
