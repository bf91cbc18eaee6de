package io.hecha.extract.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The mappings in use, read once. {@link #load()} reads them at run time from
 * {@code $HECHA_HOME/mappings} (the launcher exports HECHA_HOME), else {@code ./mappings}, else the
 * copy packaged on the class path; so a reviewer who edits a YAML file sees the effect on the next run
 * without rebuilding. Immutable and thread-safe.
 */
public final class MappingSet {
    private final List<LoadedMapping> mappings;
    private final String origin;

    private MappingSet(List<LoadedMapping> mappings, String origin) {
        this.mappings = List.copyOf(mappings);
        this.origin = origin;
    }

    /** The mappings, sorted by file name. */
    public List<LoadedMapping> mappings() {
        return mappings;
    }

    /** Where they were read from (a directory, or {@code classpath}). */
    public String origin() {
        return origin;
    }

    /** The mappings from the run-time location (see the class comment). */
    public static MappingSet load() {
        String home = System.getenv("HECHA_HOME");
        String prop = System.getProperty("hecha.home");
        for (String base : new String[]{prop, home}) {
            if (base != null && !base.isBlank()) {
                Path dir = Path.of(base, "mappings");
                if (Files.isDirectory(dir)) return fromDirectory(dir);
            }
        }
        Path local = Path.of("mappings");
        if (Files.isDirectory(local)) return fromDirectory(local);
        return fromClasspath();
    }

    /** Every {@code *.yaml} / {@code *.yml} file of a directory. */
    public static MappingSet fromDirectory(Path dir) {
        List<LoadedMapping> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(MappingSet::isYaml).sorted(Comparator.comparing(Path::toString)).toList()) {
                out.add(MappingLoader.load(p));
            }
        } catch (IOException e) {
            throw new MappingException(dir.toString(), 0, 0, "", "cannot list mappings: " + e.getMessage(), e);
        }
        return new MappingSet(out, dir.toAbsolutePath().normalize().toString());
    }

    /** One mapping file only (for {@code --mapping FILE}). */
    public static MappingSet ofFile(Path file) {
        return new MappingSet(List.of(MappingLoader.load(file)), file.toAbsolutePath().normalize().toString());
    }

    /** The copy of {@code mappings/} packaged on the class path. */
    public static MappingSet fromClasspath() {
        URL url = MappingSet.class.getClassLoader().getResource("mappings");
        if (url == null) return new MappingSet(List.of(), "classpath (no mappings)");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return copyOf(fs.getPath("mappings"));
                }
            }
            return copyOf(Path.of(uri));
        } catch (Exception e) {
            throw new MappingException("classpath:mappings", 0, 0, "", "cannot list mappings: " + e, e);
        }
    }

    private static MappingSet copyOf(Path dir) throws IOException {
        List<LoadedMapping> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(MappingSet::isYaml).sorted(Comparator.comparing(Path::toString)).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(MappingLoader.load("classpath:mappings/" + p.getFileName(), in));
                }
            }
        }
        return new MappingSet(out, "classpath");
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }
}
