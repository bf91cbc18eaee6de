package io.hecha.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.index.analysis.WordList;
import io.hecha.output.Json;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes reports into a {@link ReportStore}, incrementally: each input's content hash (of the JSON
 * file, or of the document) is compared with the indexed one; an unchanged report is skipped, a
 * changed one replaces its entry, and entries of files gone from a folder indexed again are removed.
 * The hash includes the schema version and the word list's fingerprint, so a changed word list
 * indexes everything again. An input that cannot be read is reported and the run goes on.
 */
public final class Indexer {
    private static final ObjectReader READER = Json.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int COMMIT_EVERY = 1000;

    private final ReportStore store;
    private final WordList words;
    private final ResultReader documents;
    private final PrintWriter err;
    private final boolean terminal;

    /**
     * @param store     where reports go
     * @param words     the analyzer's word list (its fingerprint is part of each hash)
     * @param documents reads documents that have no result JSON (the pipeline)
     * @param err       where progress goes (null: none)
     * @param terminal  draw a bar instead of one line per input
     */
    public Indexer(ReportStore store, WordList words, ResultReader documents, PrintWriter err, boolean terminal) {
        this.store = store;
        this.words = words;
        this.documents = documents;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Indexes everything under {@code paths}; {@code rebuild} empties the store first; {@code exclude}
     * (the index folder) is never read.
     *
     * @throws java.nio.file.NoSuchFileException when a path does not exist
     * @throws IOException                       when the store cannot be written
     */
    public IndexSummary run(List<Path> paths, boolean rebuild, Path exclude) throws IOException {
        long t0 = System.nanoTime();
        List<IndexInput> inputs = InputScanner.scan(paths, exclude);
        Map<String, String> indexed = rebuild ? Map.of() : store.hashes();
        if (rebuild) store.deleteAll();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int skipped = 0;
        int sinceCommit = 0;
        List<IndexSummary.Failure> failed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        IndexProgress progress = new IndexProgress(err, terminal, inputs.size());
        try {
            for (IndexInput in : inputs) {
                seen.add(in.id());
                String hash;
                ReportRecord record;
                try {
                    byte[] bytes = Files.readAllBytes(in.path());
                    hash = sha256(bytes) + ":" + Fields.SCHEMA + ":" + words.fingerprint();
                    if (hash.equals(indexed.get(in.id()))) {
                        unchanged++;
                        progress.done(in, "unchanged", false);
                        continue;
                    }
                    JsonNode result = in.json() ? parse(bytes) : documents.read(in.path());
                    if (result == null) {
                        skipped++;
                        progress.done(in, "skipped: not a document", false);
                        continue;
                    }
                    record = ReportProjection.of(result, in.id(), hash);
                } catch (Exception e) {
                    String why = reason(e);
                    failed.add(new IndexSummary.Failure(in.display(), why));
                    progress.done(in, "failed: " + why, true);
                    continue;
                }
                store.put(record);
                boolean old = indexed.containsKey(in.id());
                if (old) replaced++;
                else added++;
                progress.done(in, old ? "replaced" : "added", false);
                if (++sinceCommit >= COMMIT_EVERY) {
                    store.commit();
                    sinceCommit = 0;
                }
            }
        } finally {
            progress.close();
        }
        int removed = removeGone(paths, indexed, seen);
        store.commit();
        return new IndexSummary(added, replaced, unchanged, removed, skipped, failed, (int) store.count(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** Entries below a folder argument whose file was not found there this time. */
    private int removeGone(List<Path> paths, Map<String, String> indexed, Set<String> seen) throws IOException {
        List<String> folders = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) folders.add(p.toAbsolutePath().normalize() + java.io.File.separator);
        }
        int removed = 0;
        for (String id : indexed.keySet()) {
            if (seen.contains(id)) continue;
            for (String f : folders) {
                if (id.startsWith(f) && !Files.exists(Path.of(id))) {
                    store.delete(id);
                    removed++;
                    break;
                }
            }
        }
        return removed;
    }

    /** The parts of a result JSON the projection reads ({@link ReportProjection#READS}); the others are skipped unread. */
    private static JsonNode parse(byte[] bytes) throws IOException {
        try (JsonParser p = READER.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a hecha result JSON");
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                if (ReportProjection.READS.contains(name)) root.set(name, READER.readTree(p));
                else p.skipChildren();
            }
            if (!root.has("schemaVersion")) throw new IOException("not a hecha result JSON");
            return root;
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        m = m.strip();
        int nl = m.indexOf('\n');
        if (nl > 0) m = m.substring(0, nl);
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
