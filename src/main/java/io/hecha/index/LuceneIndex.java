package io.hecha.index;

import io.hecha.index.analysis.HanlpAnalyzer;
import io.hecha.index.analysis.WordList;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The embedded corpus index: a Lucene index in a folder ({@code output/index} by default), written
 * with the {@link HanlpAnalyzer} in index mode. Its commit data records the schema version and the
 * word list's fingerprint, so a search can tell when the index no longer matches the analyzer.
 */
public final class LuceneIndex implements ReportStore {
    /** Commit-data keys. */
    public static final String SCHEMA_KEY = "hecha.schema";
    public static final String WORDS_KEY = "hecha.words";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final FacetsConfig facets = LuceneDocuments.facetsConfig();
    private final WordList words;

    private LuceneIndex(Path dir, Directory directory, IndexWriter writer, WordList words) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.words = words;
    }

    /** Opens the index in {@code dir} for writing, creating it (and the folder) when there is none. */
    public static LuceneIndex openForWriting(Path dir, WordList words) throws IndexUnavailableException {
        Directory d = null;
        try {
            Files.createDirectories(dir);
            d = FSDirectory.open(dir);
            if (DirectoryReader.indexExists(d)) checkReadable(d, dir);
            else if (hasFiles(dir)) throw new IndexUnavailableException(dir + " is not a hecha index (it holds other files)");
            IndexWriterConfig config = config(words);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new LuceneIndex(dir, d, new IndexWriter(d, config), words);
        } catch (IOException | RuntimeException e) {
            close(d);
            throw damaged(dir, e);
        } catch (IndexUnavailableException e) {
            close(d);
            throw e;
        }
    }

    /** The facet configuration the index is written with (searches count facets with it). */
    public static FacetsConfig facetsConfig() {
        return LuceneDocuments.facetsConfig();
    }

    /** The writer configuration: the analyzer in index mode, a codec favouring a small index. */
    static IndexWriterConfig config(WordList words) {
        IndexWriterConfig config = new IndexWriterConfig(new HanlpAnalyzer(words, true));
        config.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
        config.setRAMBufferSizeMB(64);
        return config;
    }

    /** Reads the whole index once (every stored document), so a damaged index is found before it is written to. */
    private static void checkReadable(Directory d, Path dir) throws IOException, IndexUnavailableException {
        try (DirectoryReader r = DirectoryReader.open(d)) {
            Map<String, String> data = r.getIndexCommit().getUserData();
            String schema = data.get(SCHEMA_KEY);
            if (schema != null && !schema.equals(Fields.SCHEMA)) {
                throw new IndexUnavailableException("the index at " + dir + " has schema " + schema
                        + ", this hecha writes schema " + Fields.SCHEMA + ": run hecha index with --rebuild");
            }
        }
    }

    private static boolean hasFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> !p.getFileName().toString().equals("write.lock"));
        }
    }

    /** An exception that says the index in {@code dir} is damaged, with the reason, for any failure to read it. */
    public static IndexUnavailableException damaged(Path dir, Exception e) {
        if (e instanceof IndexNotFoundException) return new IndexUnavailableException("no hecha index in " + dir, e);
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (why.length() > 300) why = why.substring(0, 300) + "…";
        return new IndexUnavailableException("the index in " + dir + " is damaged or unreadable (" + why
                + "); delete the folder or run hecha index with --rebuild", e);
    }

    @Override
    public Map<String, String> hashes() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(r);
            int n = Math.max(1, r.numDocs());
            TopDocs all = s.search(new MatchAllDocsQuery(), n);
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                var d = stored.document(sd.doc, Set.of(Fields.ID, Fields.HASH));
                out.put(d.get(Fields.ID), d.get(Fields.HASH));
            }
        }
        return out;
    }

    @Override
    public void put(ReportRecord report) throws IOException {
        writer.updateDocument(new Term(Fields.ID, report.id()), LuceneDocuments.of(report, facets));
    }

    @Override
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, id));
    }

    @Override
    public long count() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    @Override
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, Fields.SCHEMA, WORDS_KEY, words.fingerprint()).entrySet());
        writer.commit();
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }

    private static void close(Directory d) {
        if (d == null) return;
        try {
            d.close();
        } catch (IOException ignored) {
            // already failing
        }
    }
}
