package io.hecha.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what to index under the given paths, recursively, in a stable order: hecha result JSON files
 * (a JSON object that starts with {@code schemaVersion}), and documents. Left out: hidden files and
 * folders, the index folder itself, JSON files that are not hecha results, a document whose result
 * {@code NAME.json} lies beside it (the JSON stands for it: nothing is read twice), and the
 * summaries of a batch output folder (the folder holding {@value #BATCH_STATE}).
 */
final class InputScanner {
    static final String BATCH_STATE = ".hecha-batch-state.jsonl";
    private static final Set<String> BATCH_SUMMARIES = Set.of("summary.csv", "summary.xlsx", "report.html");

    private InputScanner() {
    }

    /** The inputs; {@code exclude} (the index folder) is never entered. */
    static List<IndexInput> scan(List<Path> roots, Path exclude) throws IOException {
        Path ex = exclude == null ? null : exclude.toAbsolutePath().normalize();
        List<IndexInput> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            Path abs = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) {
                if (seen.add(abs)) out.add(new IndexInput(abs, root.toString(), isJson(abs) && isResult(abs)));
                continue;
            }
            List<Path> files = walk(abs, ex);
            files.sort((a, b) -> abs.relativize(a).toString().compareTo(abs.relativize(b).toString()));
            Set<Path> all = new HashSet<>(files);
            for (Path f : files) {
                if (!seen.add(f)) continue;
                String display = root.resolve(abs.relativize(f).toString()).toString();
                if (isJson(f)) {
                    if (isResult(f)) out.add(new IndexInput(f, display, true));
                } else if (!all.contains(f.resolveSibling(f.getFileName() + ".json")) && !batchSummary(f)) {
                    out.add(new IndexInput(f, display, false));
                }
            }
        }
        return out;
    }

    private static List<Path> walk(Path root, Path exclude) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(exclude) || (!dir.equals(root) && hidden(dir))) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!hidden(file) && attrs.isRegularFile()) files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (!hidden(file)) files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isJson(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    private static boolean batchSummary(Path f) {
        return BATCH_SUMMARIES.contains(f.getFileName().toString()) && Files.exists(f.resolveSibling(BATCH_STATE));
    }

    /** A hecha result starts with {@code {"schemaVersion"} (the writer puts it first). */
    static boolean isResult(Path f) {
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(f)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return true; // unreadable: let the indexer say why
        }
        String s = new String(head, 0, n, StandardCharsets.UTF_8).stripLeading();
        if (!s.startsWith("{")) return false;
        return s.substring(1).stripLeading().startsWith("\"schemaVersion\"");
    }
}
