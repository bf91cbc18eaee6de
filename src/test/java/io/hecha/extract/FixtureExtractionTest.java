package io.hecha.extract;

import io.hecha.TestFiles;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extraction expectations of {@link ReferenceExtractionTest} and {@link SampleExtractionTest},
 * run on the fixtures as read by the readers: DOCX with typed numbers, with Word auto-numbering, as
 * saved by LibreOffice, and their PDF renderings.
 */
class FixtureExtractionTest {
    static final Pipeline PIPELINE = new Pipeline();

    static Extraction extract(String fixture) throws Exception {
        return PIPELINE.extract(Readers.read(InputFile.of(TestFiles.fixture(fixture))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tangshan-gxj-2024.docx", "tangshan-gxj-2024-autonum.docx", "tangshan-gxj-2024-libreoffice.docx",
            "tangshan-gxj-2024.pdf", "tangshan-gxj-2024-autonum.pdf"})
    void reference(String fixture) throws Exception {
        ReferenceExtractionTest.assertReference(extract(fixture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"project-eval-sample.docx", "project-eval-sample.pdf"})
    void projectReport(String fixture) throws Exception {
        SampleExtractionTest.assertProject(extract(fixture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"self-eval-form-sample.docx", "self-eval-form-sample.pdf"})
    void selfEvaluationForm(String fixture) throws Exception {
        SampleExtractionTest.assertForm(extract(fixture));
    }
}
