package io.hecha.interpret;

import io.hecha.TestFiles;
import io.hecha.check.Checks;
import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.pipeline.Pipeline;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Every published document of {@code ../shared/corpus/real/} raises exactly the table-rule errors listed
 * (with the arithmetic that proves them) in {@code real-corpus/table-expectations.tsv}, and at least the
 * listed number of table relations is checked in it. A format no reader handles yet is skipped.
 */
class RealCorpusTablesTest {
    private record Expectation(int minRelations, Set<String> errors) {
    }

    static Map<String, Expectation> expectations() throws IOException {
        Map<String, Expectation> out = new LinkedHashMap<>();
        try (InputStream in = RealCorpusTablesTest.class.getResourceAsStream("/real-corpus/table-expectations.tsv")) {
            String current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (!line.startsWith("\t")) {
                    current = f[0];
                    out.put(current, new Expectation(Integer.parseInt(f[1]), new TreeSet<>()));
                } else {
                    out.get(current).errors().add(f[1] + " " + f[2] + " " + f[3]);
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> tableErrorsAreExactlyTheVerifiedOnes() throws IOException {
        Path dir = TestFiles.shared().resolve("corpus/real");
        Map<String, Expectation> expected = expectations();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no documents in " + dir);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Expectation e = expected.get(name);
                assertNotNull(e, name + " has no line in table-expectations.tsv");
                Document doc;
                try {
                    doc = Pipeline.read(InputFile.of(p));
                } catch (BadInputException ex) {
                    if (ex.getMessage().contains("not a document hecha can read") || ex.getMessage().contains("not supported")) {
                        abort(ex.getMessage());
                    }
                    throw ex;
                }
                Interpretation in = new Interpreter().interpret(doc);
                int relations = in.tables().stream().mapToInt(t -> t.relations().size()).sum();
                assertTrue(relations >= e.minRelations(), name + ": " + relations + " table relations checked, expected at least "
                        + e.minRelations());
                Set<String> errors = Checks.run(in, Extraction.empty()).stream()
                        .filter(f -> f.rule().startsWith("table.") && f.severity() == Severity.ERROR)
                        .map(RealCorpusTablesTest::key).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(e.errors(), errors, name + ": table errors differ from the verified ones:\n"
                        + Checks.run(in, Extraction.empty()).stream().filter(f -> f.rule().startsWith("table.")
                        && f.severity() == Severity.ERROR).map(Finding::message).collect(Collectors.joining("\n")));
            }));
        }
        return tests.stream();
    }

    static String key(Finding f) {
        return f.rule() + " " + f.location().ref() + " " + f.actual();
    }
}
