package io.hecha;

import io.hecha.output.ResultJson;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Runs the whole pipeline on every fixture ({@code fixtures/*.docx|*.pdf|*.doc|*.xlsx|*.xls}) and compares the
 * JSON with its golden file ({@code fixtures/X.docx} → {@code src/test/resources/goldens/X.docx.json}). Regenerate with
 * {@code mvn -q -B -o test -Dtest=GoldenFileTest -Dhecha.regenerate=true} and read the git diff.
 * A format whose reader does not exist yet is skipped (aborted), not failed.
 */
class GoldenFileTest {
    private static final List<String> EXTENSIONS = List.of(".docx", ".pdf", ".doc", ".xlsx", ".xls");
    private static final Pipeline PIPELINE = new Pipeline();

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsGolden() throws IOException {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(TestFiles.fixtures())) {
            inputs = s.filter(p -> EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString()
                    .toLowerCase(Locale.ROOT).endsWith(e))).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no fixtures in " + TestFiles.fixtures());
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path input) throws IOException {
        Result r;
        try {
            r = PIPELINE.run(InputFile.of(input));
        } catch (BadInputException e) {
            if (e.reason().contains("not supported yet")) abort(e.getMessage());
            fail("cannot read fixture: " + e.getMessage(), e);
            return;
        }
        String actual = ResultJson.text(r);
        Path golden = TestFiles.golden(input.getFileName().toString());
        if (TestFiles.regenerate()) {
            if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden.getFileName() + "; create it with -Dhecha.regenerate=true");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(golden.getFileName() + " differs from the pipeline's output (regenerate with "
                    + "-Dhecha.regenerate=true if the change is intended):\n" + LineDiff.diff(expected, actual, 40));
        }
    }
}
