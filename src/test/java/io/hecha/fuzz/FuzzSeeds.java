package io.hecha.fuzz;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the fuzz seeds that are not plain copies of a fixture from the project's own fixtures, so
 * that no third-party file is committed: {@code pdf/project-eval-sample-2pages.pdf} is the first
 * two pages of {@code fixtures/project-eval-sample.pdf} (LibreOffice's rendering of a generated
 * report, with its outline kept). Run from the project root:
 * {@code mvn -q -B -o test-compile exec:java -Dexec.mainClass=io.hecha.fuzz.FuzzSeeds -Dexec.classpathScope=test}.
 */
public final class FuzzSeeds {
    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of("src/test/resources/io/hecha/fuzz/ReaderFuzzTestInputs");
        try (PDDocument doc = Loader.loadPDF(new File("fixtures/project-eval-sample.pdf"))) {
            while (doc.getNumberOfPages() > 2) doc.removePage(doc.getNumberOfPages() - 1);
            doc.getDocumentInformation().setModificationDate(null);
            doc.save(seeds.resolve("pdf/project-eval-sample-2pages.pdf").toFile());
        }
    }
}
