package io.hecha.check;

import io.hecha.TestFiles;
import io.hecha.model.Diagnostic.Severity;
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
 * Every published document of {@code ../shared/corpus/real/}, run through the whole pipeline as
 * {@code hecha check} runs it, raises exactly the errors of the text, score and vocabulary rules listed
 * (with the arithmetic that proves them) in {@code real-corpus/text-expectations.tsv}; the table rules'
 * errors are RealCorpusTablesTest's. A format no reader handles yet is skipped.
 */
class RealCorpusFindingsTest {
    static Map<String, Set<String>> expectations() throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (InputStream in = RealCorpusFindingsTest.class.getResourceAsStream("/real-corpus/text-expectations.tsv")) {
            String current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (!line.startsWith("\t")) {
                    current = f[0];
                    out.put(current, new TreeSet<>());
                } else {
                    assertTrue(f.length >= 5 && f[4].length() > 40, "an expected error without its proof: " + line);
                    out.get(current).add(f[1] + " | " + f[2] + " | " + f[3]);
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> errorsAreExactlyTheVerifiedOnes() throws IOException {
        Path dir = TestFiles.shared().resolve("corpus/real");
        Map<String, Set<String>> expected = expectations();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no documents in " + dir);
        Pipeline pipeline = new Pipeline();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Set<String> e = expected.get(name);
                assertNotNull(e, name + " has no line in text-expectations.tsv");
                List<Finding> findings;
                try {
                    findings = pipeline.run(InputFile.of(p)).findings();
                } catch (BadInputException ex) {
                    if (ex.getMessage().contains("not a document hecha can read") || ex.getMessage().contains("not supported")) {
                        abort(ex.getMessage());
                    }
                    throw ex;
                }
                List<Finding> errors = findings.stream()
                        .filter(f -> !f.rule().startsWith("table.") && f.severity() == Severity.ERROR).toList();
                Set<String> keys = errors.stream().map(RealCorpusFindingsTest::key).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(e, keys, name + ": errors differ from the verified ones:\n"
                        + errors.stream().map(Finding::message).collect(Collectors.joining("\n")));
            }));
        }
        return tests.stream();
    }

    static String key(Finding f) {
        return f.rule() + " | " + f.actual() + " | " + String.join(", ", f.values());
    }
}
