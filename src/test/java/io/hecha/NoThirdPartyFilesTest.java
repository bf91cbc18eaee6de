package io.hecha;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No file of the shared material ({@code ../shared}: the corpus of other projects' documents, the
 * reference report) is committed here: tests read them from {@code ../shared} at run time. Fails
 * when a committed file has the same bytes (SHA-256) as a shared one, whatever its name.
 */
class NoThirdPartyFilesTest {
    /** Folders never committed (see .gitignore), used when git cannot list the committed files. */
    private static final Set<String> NOT_COMMITTED = Set.of(".git", "target", "output", ".idea", ".cifuzz-corpus");

    @Test
    void noCommittedFileIsACopyOfASharedFile() throws Exception {
        Map<Long, List<Path>> sharedBySize = new HashMap<>();
        try (Stream<Path> s = Files.walk(TestFiles.shared().toRealPath())) { // ../shared may be a link
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                sharedBySize.computeIfAbsent(Files.size(p), k -> new ArrayList<>()).add(p);
            }
        }
        assertFalse(sharedBySize.isEmpty(), "no shared files at " + TestFiles.shared());
        Map<String, Path> sharedByHash = new HashMap<>();
        List<String> copies = new ArrayList<>();
        List<Path> ours = committedFiles();
        assertTrue(ours.size() > 50, "committed files found: " + ours.size());
        for (Path p : ours) {
            if (!Files.isRegularFile(p) || Files.size(p) == 0) continue; // an empty file is nobody's
            List<Path> sameSize = sharedBySize.get(Files.size(p));
            if (sameSize == null) continue;
            for (Path s : sameSize) sharedByHash.computeIfAbsent(sha256(s), k -> s);
            Path twin = sharedByHash.get(sha256(p));
            if (twin != null) copies.add(p + " = " + twin);
        }
        assertTrue(copies.isEmpty(), "copies of shared files are committed (read them from ../shared instead):\n"
                + String.join("\n", copies));
    }

    /** The files git tracks, or, without git, every file outside the folders that are never committed. */
    private static List<Path> committedFiles() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0 && out.length > 0) {
                List<Path> files = new ArrayList<>();
                for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                    if (!name.isEmpty()) files.add(root.resolve(name));
                }
                return files;
            }
        } catch (IOException e) {
            // no git: walk the tree
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> root.relativize(p).getNameCount() > 0
                            && !NOT_COMMITTED.contains(root.relativize(p).getName(0).toString()))
                    .filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(Path p) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
