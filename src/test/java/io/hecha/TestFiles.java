package io.hecha;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where tests find their inputs: the repo's fixtures and the shared corpus beside the repo. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The shared folder ({@code ../shared}, or the {@code hecha.shared} system property). */
    public static Path shared() {
        return Path.of(System.getProperty("hecha.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** {@code fixtures/} of this repo. */
    public static Path fixtures() {
        return Path.of("fixtures").toAbsolutePath();
    }

    /**
     * The golden JSON files ({@code src/test/resources/goldens/}): {@code X.docx.json} is the expected
     * output for {@code fixtures/X.docx}. They live outside {@code fixtures/} so that the README's
     * batch over {@code fixtures} sees only documents.
     */
    public static Path goldens() {
        return Path.of("src/test/resources/goldens").toAbsolutePath();
    }

    /** The golden JSON of a fixture ({@code X.docx} → {@code goldens/X.docx.json}). */
    public static Path golden(String fixtureName) {
        return goldens().resolve(fixtureName + ".json");
    }

    /** A text the synthetic fixtures are generated from ({@code src/test/resources/fixture-sources/}). */
    public static Path fixtureSource(String name) {
        return Path.of("src/test/resources/fixture-sources").toAbsolutePath().resolve(name);
    }

    /** A fixture file by name. */
    public static Path fixture(String name) {
        return fixtures().resolve(name);
    }

    /** True when golden files should be rewritten instead of compared ({@code -Dhecha.regenerate=true}). */
    public static boolean regenerate() {
        return Boolean.getBoolean("hecha.regenerate");
    }

    /** Files in a folder of the shared corpus ending with one of the extensions, sorted. */
    public static List<Path> corpus(String folder, String... extensions) {
        Path dir = shared().resolve("corpus").resolve(folder);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> extensions.length == 0 || Stream.of(extensions)
                            .anyMatch(e -> p.getFileName().toString().toLowerCase().endsWith(e)))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("shared corpus missing at " + dir, e);
        }
    }
}
