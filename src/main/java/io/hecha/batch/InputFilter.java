package io.hecha.batch;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;

/**
 * Which files found under a folder argument a batch takes. A glob without {@code /} is matched
 * against the file name ({@code *.txt}), one with {@code /} against the path below the folder
 * argument ({@code 2023/**}). A file is taken when it matches an include (or there are none), no
 * exclude, and is not one of hecha's own JSON outputs ({@code NAME.EXT.json}, e.g.
 * {@code a.docx.json}: what {@code extract} and {@code batch} write) — unless an include names it
 * explicitly. Files named as command-line arguments are always taken.
 */
public final class InputFilter {
    /** Takes every file but hecha's own JSON outputs. */
    public static final InputFilter DEFAULT = new InputFilter(List.of(), List.of());

    private final List<String> includeGlobs;
    private final List<String> excludeGlobs;
    private final List<Glob> includes;
    private final List<Glob> excludes;

    /**
     * @param includes globs of files to take (empty: all)
     * @param excludes globs of files to leave out
     * @throws IllegalArgumentException when a glob is malformed
     */
    public InputFilter(List<String> includes, List<String> excludes) {
        this.includeGlobs = List.copyOf(includes == null ? List.of() : includes);
        this.excludeGlobs = List.copyOf(excludes == null ? List.of() : excludes);
        this.includes = this.includeGlobs.stream().map(Glob::new).toList();
        this.excludes = this.excludeGlobs.stream().map(Glob::new).toList();
    }

    /** How this filter differs from the default, for the summaries; "" when it does not. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (!includeGlobs.isEmpty()) b.append("include ").append(String.join(", ", includeGlobs));
        if (!excludeGlobs.isEmpty()) b.append(b.isEmpty() ? "" : "; ").append("exclude ").append(String.join(", ", excludeGlobs));
        return b.toString();
    }

    /**
     * Whether to take a file.
     *
     * @param relative its path below the folder argument
     */
    public boolean accepts(Path relative) {
        String rel = relative.toString().replace('\\', '/');
        String name = String.valueOf(relative.getFileName());
        boolean included = includes.stream().anyMatch(g -> g.matches(rel, name));
        if (!includes.isEmpty() && !included) return false;
        if (excludes.stream().anyMatch(g -> g.matches(rel, name))) return false;
        return included || !isOwnOutput(name);
    }

    /** True for a name hecha gives its JSON outputs: {@code NAME.EXT.json}. */
    static boolean isOwnOutput(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".json")) return false;
        String stem = lower.substring(0, lower.length() - ".json".length());
        int dot = stem.lastIndexOf('.');
        return dot > 0 && dot < stem.length() - 1;
    }

    private static final class Glob {
        private static final FileSystem FS = FileSystems.getDefault();
        private final boolean onPath;
        private final PathMatcher matcher;

        Glob(String glob) {
            if (glob == null || glob.isBlank()) throw new IllegalArgumentException("empty glob");
            onPath = glob.contains("/");
            try {
                matcher = FS.getPathMatcher("glob:" + glob);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("bad glob '" + glob + "': " + e.getDescription(), e);
            }
        }

        boolean matches(String relative, String name) {
            return matcher.matches(Path.of(onPath ? relative : name));
        }
    }
}
