package io.hecha.interpret;

import io.hecha.TestFiles;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The typed tables of the 部门决算 fixtures as text ({@link TypedTable#describe()}: blocks, column roles,
 * row roles, the chosen hierarchy and what each total closes), one small file per fixture beside the
 * goldens ({@code src/test/resources/typed-tables/X.docx.txt}), so that a reviewer sees why a sum is or is not checked.
 * Regenerate with {@code -Dhecha.regenerate=true} and read the diff.
 */
class TypedTablesGoldenTest {
    private static final List<String> FIXTURES = List.of("final-accounts-kuanxiang.docx", "final-accounts-codes.docx");

    static String describe(Path input) throws Exception {
        Interpretation in = new Interpreter().interpret(Pipeline.read(InputFile.of(input)));
        StringBuilder b = new StringBuilder();
        for (TypedTable t : in.tables()) b.append(t.describe()).append('\n');
        return b.toString();
    }

    @TestFactory
    Stream<DynamicTest> typedTablesMatchTheirExpectedText() {
        return FIXTURES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String actual = describe(TestFiles.fixture(name));
            Path expected = TestFiles.goldens().resolveSibling("typed-tables").resolve(name + ".txt");
            if (TestFiles.regenerate()) {
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
                return;
            }
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
        }));
    }
}
