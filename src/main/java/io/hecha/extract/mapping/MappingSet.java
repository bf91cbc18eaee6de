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
    /** The file holding the built-in vocabulary and relations (not a report type). */
    public static final String DEFAULTS_FILE = "_default.yaml";
    private final List<LoadedMapping> mappings;
    private final String origin;
    private final LoadedMapping defaults;

    private MappingSet(List<LoadedMapping> mappings, String origin, LoadedMapping defaults) {
        this.mappings = List.copyOf(mappings);
        this.origin = origin;
        this.defaults = defaults == null ? classpathDefaults() : defaults;
    }

    /**
     * The built-in vocabulary and relations ({@value #DEFAULTS_FILE} beside the type mappings, else
     * the packaged copy): every type mapping extends it, and a document no mapping recognises is read
     * with it alone.
     */
    public LoadedMapping defaults() {
        return defaults;
    }

    private static volatile LoadedMapping classpathDefaults;

    private static LoadedMapping classpathDefaults() {
        LoadedMapping d = classpathDefaults;
        if (d != null) return d;
        try (InputStream in = MappingSet.class.getClassLoader().getResourceAsStream("mappings/" + DEFAULTS_FILE)) {
            d = in == null ? new LoadedMapping(DEFAULTS_FILE, new Mapping("默认", 1, null, null, null, null, null, null,
                    null, null, null, null)) : MappingLoader.load("classpath:mappings/" + DEFAULTS_FILE, in);
        } catch (IOException e) {
            throw new MappingException("classpath:mappings/" + DEFAULTS_FILE, 0, 0, "", "cannot read: " + e, e);
        }
        classpathDefaults = d;
        return d;
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
                if (!isDefaults(p)) out.add(MappingLoader.load(p));
            }
        } catch (IOException e) {
            throw new MappingException(dir.toString(), 0, 0, "", "cannot list mappings: " + e.getMessage(), e);
        }
        Path d = dir.resolve(DEFAULTS_FILE);
        return new MappingSet(out, dir.toAbsolutePath().normalize().toString(),
                Files.isRegularFile(d) ? MappingLoader.load(d) : null);
    }

    /** One mapping file only (for {@code --mapping FILE}). */
    public static MappingSet ofFile(Path file) {
        return new MappingSet(List.of(MappingLoader.load(file)), file.toAbsolutePath().normalize().toString(),
                load().defaults());
    }

    /** The copy of {@code mappings/} packaged on the class path. */
    public static MappingSet fromClasspath() {
        URL url = MappingSet.class.getClassLoader().getResource("mappings");
        if (url == null) return new MappingSet(List.of(), "classpath (no mappings)", null);
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
                if (isDefaults(p)) continue;
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(MappingLoader.load("classpath:mappings/" + p.getFileName(), in));
                }
            }
        }
        return new MappingSet(out, "classpath", null);
    }

    /** Files named {@code _*.yaml} are not report types ({@value #DEFAULTS_FILE} is the built-in vocabulary). */
    private static boolean isDefaults(Path p) {
        return p.getFileName().toString().startsWith("_");
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }
}
