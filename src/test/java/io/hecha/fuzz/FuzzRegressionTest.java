package io.hecha.fuzz;

import io.hecha.TestFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzer-found inputs — ours in {@code src/test/resources/fuzz-regressions/}, and those OSS-Fuzz
 * found in POI ({@code poi-clusterfuzz-*} of the shared hostile corpus) — must each be read or
 * rejected with a reason ({@link ReadContract}) within 30 s.
 */
class FuzzRegressionTest {
    @TestFactory
    Stream<DynamicTest> everyFuzzerFoundInputIsReadOrRejected() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        Path ours = Path.of(FuzzRegressionTest.class.getResource("/fuzz-regressions").toURI());
        try (Stream<Path> s = Files.list(ours)) {
            s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        try (Stream<Path> s = Files.list(TestFiles.shared().resolve("corpus/hostile"))) {
            s.filter(p -> p.getFileName().toString().startsWith("poi-clusterfuzz-")).sorted().forEach(files::add);
        }
        assertFalse(files.isEmpty(), "no fuzzer-found inputs");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(p);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ReadContract.check(bytes));
        }));
    }
}
