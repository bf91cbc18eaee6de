package io.hecha.batch;

import io.hecha.output.FileNames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a batch's inputs: every regular file under the given paths, recursively, in a stable
 * order. Left out without a row: everything inside the output folder (our own outputs) and what
 * the {@link InputFilter} leaves out (by default hecha's own JSON outputs, {@code NAME.EXT.json}).
 * Every other file gets a row: hidden files and folders (name starting with a dot) below a folder
 * argument and symbolic links are "skipped" with the reason (a link is not followed out of the
 * folder argument, nor into a folder); whether any other file is a document is decided by its
 * content later. Control characters in names are escaped ({@link FileNames}).
 *
 * <p>Each input's JSON is named after its path below the folder argument, folders joined with
 * {@code __} ({@code 2024/a.docx} → {@code 2024__a.docx.json}); when two arguments yield the same
 * name, the argument's own folder name is put in front, and a remaining clash gets {@code ~2},
 * {@code ~3} in path order.
 */
public final class InputCollector {
    private static final int MAX_NAME_BYTES = 200;

    private InputCollector() {
    }

    /**
     * What a scan found.
     *
     * @param inputs   the inputs, in a stable order
     * @param excluded files under the folder arguments that the filter left out
     */
    public record Inputs(List<BatchInput> inputs, int excluded) {
    }

    /**
     * The inputs under {@code roots}, with the default filter.
     *
     * @throws NoSuchFileException when a root does not exist
     */
    public static List<BatchInput> collect(List<Path> roots, Path outputDir) throws IOException {
        return scan(roots, outputDir, InputFilter.DEFAULT).inputs();
    }

    /**
     * The inputs under {@code roots} that {@code filter} takes.
     *
     * @throws NoSuchFileException when a root does not exist
     */
    public static Inputs scan(List<Path> roots, Path outputDir, InputFilter filter) throws IOException {
        Path out = outputDir.toAbsolutePath().normalize();
        List<Found> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        int excluded = 0;
        for (Path root : roots) {
            if (!Files.exists(root)) throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            Path abs = root.toAbsolutePath().normalize();
            if (Files.isDirectory(root)) {
                Path real = root.toRealPath();
                List<Walked> files = new ArrayList<>();
                for (Walked w : walk(real, realOrSelf(out))) {
                    if (filter.accepts(real.relativize(w.path()))) files.add(w);
                    else excluded++;
                }
                files.sort((a, b) -> real.relativize(a.path()).toString().compareTo(real.relativize(b.path()).toString()));
                for (Walked w : files) {
                    Path f = abs.resolve(real.relativize(w.path()));
                    if (!seen.add(f)) continue;
                    String rel = abs.relativize(f).toString();
                    found.add(new Found(f, FileNames.printable(root.resolve(rel).toString()), rel, folderName(abs), w.skipped()));
                }
            } else if (seen.add(abs)) {
                found.add(new Found(abs, FileNames.printable(root.toString()), String.valueOf(abs.getFileName()),
                        folderName(abs.getParent()), ""));
            }
        }
        return new Inputs(name(found), excluded);
    }

    private record Found(Path path, String display, String relative, String rootName, String skipped) {
    }

    /** A file found by the walk, and why it is not read ("" when it is). */
    private record Walked(Path path, String skipped) {
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static List<Walked> walk(Path root, Path outputDir) throws IOException {
        List<Walked> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(outputDir)) return FileVisitResult.SKIP_SUBTREE;
                if (!dir.equals(root) && hidden(dir)) {
                    files.add(new Walked(dir, "hidden folder (name starts with a dot; not searched)"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file)) {
                    files.add(new Walked(file, "hidden file (name starts with a dot)"));
                } else if (attrs.isSymbolicLink()) {
                    files.add(new Walked(file, link(file, root)));
                } else if (attrs.isRegularFile()) {
                    files.add(new Walked(file, ""));
                } else if (!attrs.isDirectory()) {
                    files.add(new Walked(file, "not a regular file (a device, pipe or socket)"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // unreadable: keep it, so its row says why
                files.add(new Walked(file, hidden(file) ? "hidden file (name starts with a dot)" : ""));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** Why a symbolic link is not read, or "" when it points to a file inside the folder argument. */
    private static String link(Path link, Path root) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return "broken symbolic link (its target does not exist)";
        }
        if (!target.startsWith(root)) {
            return "symbolic link out of the input folder (not followed)";
        }
        if (Files.isDirectory(target)) return "symbolic link to a folder (not followed; its files are read where they are)";
        return Files.isRegularFile(target) ? "" : "symbolic link to something that is not a regular file";
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String folderName(Path dir) {
        return dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
    }

    private static List<BatchInput> name(List<Found> found) {
        Map<String, Integer> plain = count(found, f -> f.relative());
        List<String> names = new ArrayList<>();
        for (Found f : found) {
            String n = flatten(f.relative());
            if (plain.get(key(n)) > 1 && !f.rootName().isEmpty()) n = flatten(f.rootName()) + "__" + n;
            names.add(n);
        }
        Map<String, Integer> used = new HashMap<>();
        List<BatchInput> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            String n = names.get(i);
            int k = used.merge(key(n), 1, Integer::sum);
            if (k > 1) n = n + "~" + k;
            out.add(new BatchInput(found.get(i).path(), found.get(i).display(), shorten(FileNames.safeFileName(n)) + ".json",
                    found.get(i).skipped()));
        }
        return out;
    }

    private static Map<String, Integer> count(List<Found> found, java.util.function.Function<Found, String> name) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found f : found) counts.merge(key(flatten(name.apply(f))), 1, Integer::sum);
        return counts;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String flatten(String relative) {
        return relative.replace('\\', '/').replace("/", "__");
    }

    /** Keeps names within file-system limits: a long name is cut and given a short hash. */
    private static String shorten(String n) {
        if (n.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) return n;
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(n.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = n.length() - 1; i >= 0; i--) {
            char c = n.charAt(i);
            int len = Character.isSurrogate(c) ? 2 : String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_NAME_BYTES - 20) break;
            b.insert(0, c);
            bytes += len;
        }
        String tail = b.toString();
        if (!tail.isEmpty() && Character.isLowSurrogate(tail.charAt(0))) tail = tail.substring(1);
        return hash + "~" + tail;
    }
}
