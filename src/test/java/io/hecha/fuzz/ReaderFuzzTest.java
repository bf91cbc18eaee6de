package io.hecha.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the readers (DOCX, PDF, DOC, XLSX, XLS seeds) with Jazzer; each target runs 5 minutes when fuzzing. In the normal test run (regression mode) each
 * target runs once on every seed in {@code src/test/resources/io/hecha/fuzz/ReaderFuzzTestInputs/<target>/}
 * (the project's own fixtures, or parts of them made by {@link FuzzSeeds}; never third-party files).
 * To fuzz, one target at a time:
 * <pre>
 * JAZZER_FUZZ=1 mvn -B test -Dtest=ReaderFuzzTest#docx -Djazzer.hooks=true
 * JAZZER_FUZZ=1 mvn -B test -Dtest=ReaderFuzzTest#pdf  -Djazzer.hooks=true
 * JAZZER_FUZZ=1 mvn -B test -Dtest=ReaderFuzzTest#doc  -Djazzer.hooks=true
 * JAZZER_FUZZ=1 mvn -B test -Dtest=ReaderFuzzTest#xlsx -Djazzer.hooks=true
 * JAZZER_FUZZ=1 mvn -B test -Dtest=ReaderFuzzTest#xls  -Djazzer.hooks=true
 * </pre>
 * A crash is saved as {@code crash-<sha1>} (and in the inputs folder); copy it to
 * {@code src/test/resources/fuzz-regressions/} where {@link FuzzRegressionTest} keeps checking it.
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void docx(byte[] data) {
        ReadContract.check(data);
    }

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] data) {
        ReadContract.check(data);
    }

    @FuzzTest(maxDuration = "5m")
    void doc(byte[] data) {
        ReadContract.check(data);
    }

    @FuzzTest(maxDuration = "5m")
    void xlsx(byte[] data) {
        ReadContract.check(data);
    }

    @FuzzTest(maxDuration = "5m")
    void xls(byte[] data) {
        ReadContract.check(data);
    }
}
