package io.hecha.fuzz;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A seeded mutation fuzzer in plain JUnit, so the normal test run fuzzes the readers for a short
 * time box ({@code -Dhecha.fuzz.seconds}, default 20; {@code -Dhecha.fuzz.seed}, default 1, makes
 * a run repeatable). It mutates the seeds of {@link ReaderFuzzTest} — bit flips, truncation,
 * overwritten ranges, and inside DOCX packages edits of one zip entry (truncated or corrupted
 * XML, deep nesting, a huge repeated run), so the XML and model code is reached, not just the zip
 * checks — and holds every result to {@link ReadContract}: read, or rejected with a reason, within
 * 20 s. Failing inputs are saved in {@code target/fuzz-failures/} for {@code fuzz-regressions/}.
 * Jazzer ({@link ReaderFuzzTest}) is the coverage-guided fuzzer for longer runs.
 */
class MutationFuzzTest {
    private static final long PER_INPUT_SECONDS = 20;

    @Test
    void mutatedSeedsAreReadOrRejectedWithAReason() throws Exception {
        long seconds = Long.getLong("hecha.fuzz.seconds", 20);
        long seed = Long.getLong("hecha.fuzz.seed", 1);
        List<Path> seeds = seeds();
        assertTrue(seeds.size() >= 3, "seeds missing: " + seeds);
        Map<Path, byte[]> seedBytes = new LinkedHashMap<>();
        for (Path p : seeds) seedBytes.put(p, Files.readAllBytes(p));
        Random random = new Random(seed);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "fuzz", 16L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        int runs = 0;
        try {
            while (System.nanoTime() < end && failures.size() < 5) {
                Path from = seeds.get(random.nextInt(seeds.size()));
                byte[] original = seedBytes.get(from);
                String how;
                byte[] input;
                if (isZip(original) && random.nextBoolean()) {
                    ZipMutation m = mutateEntry(original, random);
                    how = m.how;
                    input = m.bytes;
                } else {
                    how = "bytes";
                    input = mutateBytes(original, random);
                }
                runs++;
                String problem = run(pool, input);
                if (problem != null) failures.add(save(input, from, how, problem));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("MutationFuzzTest: " + runs + " inputs in " + seconds + " s (seed " + seed + ")");
        assertTrue(runs > 0);
        if (!failures.isEmpty()) fail(failures.size() + " inputs broke the read contract:\n" + String.join("\n", failures));
    }

    private static String run(ExecutorService pool, byte[] input) throws InterruptedException {
        Future<?> f = pool.submit(() -> ReadContract.check(input));
        try {
            f.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (TimeoutException e) {
            f.cancel(true);
            return "no answer in " + PER_INPUT_SECONDS + " s";
        } catch (ExecutionException e) {
            StringWriter w = new StringWriter();
            e.getCause().printStackTrace(new PrintWriter(w));
            String trace = w.toString();
            return trace.substring(0, Math.min(trace.length(), 1500));
        }
    }

    static List<Path> seeds() throws IOException, URISyntaxException {
        Path root = Path.of(MutationFuzzTest.class.getResource("/io/hecha/fuzz/ReaderFuzzTestInputs").toURI());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toFile().length() > 0).sorted().toList();
        }
    }

    static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** Bit flips, a truncation, an overwritten range, or a duplicated slice. */
    static byte[] mutateBytes(byte[] in, Random r) {
        byte[] b = in.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                int flips = 1 + r.nextInt(8);
                for (int i = 0; i < flips; i++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            }
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> {
                int at = r.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + r.nextInt(64));
                for (int i = 0; i < len; i++) b[at + i] = (byte) r.nextInt(256);
            }
            default -> {
                int at = r.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + r.nextInt(256));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, at + len);
                out.write(b, at, b.length - at);
                b = out.toByteArray();
            }
        }
        return b;
    }

    record ZipMutation(byte[] bytes, String how) {
    }

    /** Rewrites a zip with one entry mutated (XML entries get XML-aware damage). */
    static ZipMutation mutateEntry(byte[] zip, Random r) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) entries.put(e.getName(), in.readAllBytes());
        }
        List<String> names = new ArrayList<>(entries.keySet());
        String target = names.stream().filter(n -> n.equals("word/document.xml")).findFirst()
                .filter(n -> r.nextInt(3) > 0).orElse(names.get(r.nextInt(names.size())));
        byte[] content = entries.get(target);
        String how;
        if (target.endsWith(".xml") || target.endsWith(".rels")) {
            String xml = new String(content, StandardCharsets.UTF_8);
            switch (r.nextInt(5)) {
                case 0 -> {
                    xml = xml.substring(0, r.nextInt(Math.max(1, xml.length())));
                    how = "truncated " + target;
                }
                case 1 -> {
                    xml = xml.replaceFirst("<w:tbl>", "<w:tbl>" + "<w:tr><w:tc><w:tbl>".repeat(2000));
                    how = "deeply nested tables in " + target;
                }
                case 2 -> {
                    xml = xml.replaceAll("w:val=\"[^\"]*\"", r.nextBoolean() ? "w:val=\"-2147483648\"" : "w:val=\"99999999999\"");
                    how = "absurd attribute values in " + target;
                }
                case 3 -> {
                    xml = xml.replaceAll("</w:t>", "</w:t></w:r></w:p>".repeat(1 + r.nextInt(2)));
                    how = "unbalanced tags in " + target;
                }
                default -> {
                    xml = xml.replaceAll("gridSpan w:val=\"\\d+\"", "gridSpan w:val=\"" + r.nextInt(100000) + "\"")
                            .replaceAll("vMerge w:val=\"\\w+\"", "vMerge w:val=\"restart\"");
                    how = "merged-cell spans in " + target;
                }
            }
            content = xml.getBytes(StandardCharsets.UTF_8);
        } else {
            content = mutateBytes(content.length == 0 ? new byte[]{0} : content, r);
            how = "bytes of " + target;
        }
        if (r.nextInt(10) == 0) {
            entries.remove(target);
            how = "removed " + target;
        } else {
            entries.put(target, content);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return new ZipMutation(out.toByteArray(), how);
    }

    private static String save(byte[] input, Path from, String how, String problem) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(input));
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        String ext = from.getFileName().toString().replaceAll(".*\\.", "");
        Path file = dir.resolve("mutation-" + sha.substring(0, 12) + "." + ext);
        Files.write(file, input);
        return file + " (" + how + " of " + from.getFileName() + "): " + problem;
    }
}
