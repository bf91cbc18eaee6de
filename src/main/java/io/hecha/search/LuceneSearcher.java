package io.hecha.search;

import io.hecha.index.Fields;
import io.hecha.index.HitValues;
import io.hecha.index.IndexUnavailableException;
import io.hecha.index.LuceneIndex;
import io.hecha.index.analysis.HanlpAnalyzer;
import io.hecha.index.analysis.WordList;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the embedded index. Open once and search many times; thread-safe. Hits are ranked by
 * relevance, then by id; snippets come from the highlighter over the stored lines.
 */
public final class LuceneSearcher implements CorpusSearcher {
    private static final int HIGHLIGHT_CHARS = StoredHits.HIGHLIGHT_CHARS;
    private static final int PASSAGES = StoredHits.PASSAGES;
    private static final org.apache.lucene.facet.FacetsConfig FACETS = LuceneIndex.facetsConfig();
    /** Relevance, then id. */
    private static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final Analyzer queryAnalyzer;
    private final LineHighlighter highlighter;
    private final List<String> warnings;

    private LuceneSearcher(Path dir, Directory directory, DirectoryReader reader, WordList words) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetState = facetState(reader);
        this.queryAnalyzer = new HanlpAnalyzer(words, false);
        this.highlighter = new LineHighlighter(highlighterBuilder(searcher, new HanlpAnalyzer(words, true)));
        List<String> w = new ArrayList<>();
        try {
            String indexed = reader.getIndexCommit().getUserData().get(LuceneIndex.WORDS_KEY);
            if (indexed != null && !indexed.equals(words.fingerprint())) {
                w.add("the word list (" + words.origin() + ") changed since this index was built: run hecha index "
                        + "again so that searches find the new words");
            }
        } catch (IOException e) {
            // the commit was read at open: cannot happen
        }
        this.warnings = List.copyOf(w);
    }

    /**
     * Opens the index in {@code dir}.
     *
     * @throws IndexUnavailableException when there is no index there, or it is damaged
     */
    public static LuceneSearcher open(Path dir, WordList words) throws IndexUnavailableException {
        if (!Files.isDirectory(dir)) throw new IndexUnavailableException("no hecha index in " + dir + " (no such folder)");
        Directory d = null;
        try {
            d = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                throw new IndexUnavailableException("no hecha index in " + dir + ": run hecha index first");
            }
            DirectoryReader r = DirectoryReader.open(d);
            String schema = r.getIndexCommit().getUserData().get(LuceneIndex.SCHEMA_KEY);
            if (schema != null && !schema.equals(Fields.SCHEMA)) {
                r.close();
                d.close();
                throw new IndexUnavailableException("the index in " + dir + " has schema " + schema + ", this hecha reads "
                        + Fields.SCHEMA + ": run hecha index with --rebuild");
            }
            return new LuceneSearcher(dir, d, r, words);
        } catch (IOException | RuntimeException e) {
            if (d != null) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            throw LuceneIndex.damaged(dir, e);
        }
    }

    private static SortedSetDocValuesReaderState facetState(DirectoryReader reader) {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, FACETS);
        } catch (IOException | RuntimeException e) {
            return null; // an empty index has no facet values
        }
    }

    /** How many reports the index holds. */
    public int size() {
        return reader.numDocs();
    }

    @Override
    public SearchResults search(SearchRequest request) throws QuerySyntaxException, IndexUnavailableException {
        for (String f : request.facets()) StoredHits.checkFacet(f);
        long t0 = System.nanoTime();
        try {
            Query query = LuceneQueries.of(request, queryAnalyzer);
            int wanted = Math.max(1, request.limit());
            TopDocs top;
            long total;
            FacetsCollector fc = null;
            if (request.facets().isEmpty()) {
                // no facet asked: no facet collector (it records every match); totals still exact
                top = searcher.search(query, new TopFieldCollectorManager(SORT, wanted, null, Integer.MAX_VALUE, true));
                total = top.totalHits.value;
            } else {
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, wanted, SORT,
                        false, new FacetsCollectorManager());
                top = result.topDocs();
                fc = result.facetsCollector();
                total = 0;
                for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) total += m.totalHits;
            }
            int n = Math.min(request.limit(), top.scoreDocs.length);
            TopDocs shown = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, n));
            Map<String, String[]> passages = request.query().isEmpty() || n == 0 ? Map.of() : highlight(query, shown);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ScoreDoc sd = shown.scoreDocs[i];
                hits.add(hit(hitValues(sd.doc), request.query().isEmpty() ? 0 : score(sd), snippets(passages, i), request));
            }
            Map<String, List<FacetCount>> facets = facets(request, fc);
            return new SearchResults(total, hits, facets, (System.nanoTime() - t0) / 1_000_000, warnings);
        } catch (IOException | RuntimeException e) {
            throw LuceneIndex.damaged(dir, e);
        }
    }

    private static double score(ScoreDoc sd) {
        return sd instanceof org.apache.lucene.search.FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float f
                ? f : sd.score;
    }

    /** The highlighter's settings: whole stored lines as passages, matched phrases only, offsets from the postings. */
    static UnifiedHighlighter.Builder highlighterBuilder(IndexSearcher searcher, Analyzer indexAnalyzer) {
        return UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaxLength(HIGHLIGHT_CHARS)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new DefaultPassageFormatter(Snippets.PRE, Snippets.POST, Snippets.BETWEEN, false))
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(0);
    }

    private Map<String, String[]> highlight(Query query, TopDocs docs) throws IOException {
        String[] fields = Fields.TEXT_FIELDS.toArray(new String[0]);
        int[] max = new int[fields.length];
        java.util.Arrays.fill(max, PASSAGES);
        return highlighter.highlight(fields, query, docs, max);
    }

    /** The best passages of hit {@code i} ({@link Snippets#best}). */
    static List<Snippet> snippets(Map<String, String[]> passages, int i) {
        List<Snippet> out = new ArrayList<>();
        for (String field : Fields.TEXT_FIELDS) {
            String[] perDoc = passages.get(field);
            if (perDoc == null || perDoc[i] == null || perDoc[i].isEmpty()) continue;
            for (String p : perDoc[i].split(Snippets.BETWEEN)) {
                if (!p.isEmpty()) out.add(Snippets.parse(field, p));
            }
        }
        return Snippets.best(out, PASSAGES);
    }

    /** The values report {@code doc} shows as a hit ({@link HitValues}: no stored text is decompressed). */
    private List<HitValues.Value> hitValues(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.HIT_VALUES);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            throw new IOException("report " + doc + " has no " + Fields.HIT_VALUES);
        }
        return HitValues.read(values.binaryValue());
    }

    private static SearchHit hit(List<HitValues.Value> values, double score, List<Snippet> snippets, SearchRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String id = null;
        String indicators = null;
        for (HitValues.Value v : values) {
            if (Fields.INDICATORS_JSON.equals(v.field())) {
                if (indicators == null) indicators = v.value();
                continue;
            }
            if (id == null && Fields.ID.equals(v.field())) id = v.value();
            fields.computeIfAbsent(v.field(), k -> new ArrayList<>()).add(v.value());
        }
        return new SearchHit(id, score, fields, snippets, StoredHits.matchingIndicators(indicators, request.indicator()));
    }

    private Map<String, List<FacetCount>> facets(SearchRequest request, FacetsCollector fc) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        if (request.facets().isEmpty()) return out;
        SortedSetDocValuesFacetCounts counts = facetState == null ? null : new SortedSetDocValuesFacetCounts(facetState, fc);
        for (String dim : request.facets()) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r = null;
            if (counts != null) {
                try {
                    r = counts.getTopChildren(Math.max(1, request.facetLimit()), dim);
                } catch (IllegalArgumentException e) {
                    r = null; // no report has this field
                }
            }
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) values.add(new FacetCount(lv.label, lv.value.longValue()));
            }
            values.sort(StoredHits.FACET_ORDER);
            out.put(dim, values);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
