package io.hecha.bench;

import io.hecha.index.IndexSummary;
import io.hecha.index.Indexer;
import io.hecha.index.LuceneIndex;
import io.hecha.index.analysis.WordList;
import io.hecha.search.CorpusSearcher;
import io.hecha.search.LuceneSearcher;
import io.hecha.search.SearchRequest;
import io.hecha.search.WhereParser;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The corpus benchmark, embedded part: {@code CorpusBenchmark WORK SMALL LARGE OUT.md}. Writes LARGE copies of
 * the goldens ({@link CorpusCopies}) into WORK, indexes the first SMALL and then all LARGE into fresh
 * indexes with {@code hecha index}'s indexer from the JSON files (run it pinned to one core), and times
 * text, faceted and structured queries on the large index. The Solr part ({@code solr/}, SolrBenchmark)
 * reuses WORK and the same requests ({@link #requests}).
 */
public final class CorpusBenchmark {
    static final int ROUNDS = 20;
    /**
     * Untimed rounds over every request of every kind before any is timed ({@code -Dbench.warmups}): on the
     * benchmark's one core the JIT's compiler threads take the core from the search for the first 30-odd rounds
     * (C2 compiles of up to a second each, JFR {@code jdk.Compilation}); a searcher kept open is past that.
     */
    static final int WARMUPS = Integer.getInteger("bench.warmups", 40);

    private CorpusBenchmark() {
    }

    /** The timed requests by kind: text (with snippets), faceted, structured (filters and indicators). */
    public static List<List<SearchRequest>> requests() throws Exception {
        List<String> texts = List.of("固定资产净值", "预算执行率", "政府采购", "农村公路养护", "绩效目标 完成", "满意度",
                "资金使用 合规", "内控管理", "临川市教育局", "评价等级");
        List<SearchRequest> text = new ArrayList<>();
        List<SearchRequest> faceted = new ArrayList<>();
        for (String t : texts) {
            text.add(SearchRequest.text(t));
            faceted.add(SearchRequest.text(t).withFacets(List.of("year", "type", "grade", "region")));
        }
        List<SearchRequest> structured = new ArrayList<>();
        for (String w : List.of("year>=2020 AND score<80", "error=fixed-assets.net-value AND year=2024",
                "type=项目支出绩效评价 AND grade=良", "region=北岭区 AND year=2023", "(grade=优 OR grade=良) AND NOT type~自评")) {
            structured.add(SearchRequest.text("").withWhere(WhereParser.parse(w)));
        }
        structured.add(SearchRequest.text("").withIndicator("政府采购执行率", new BigDecimal("0.8"), null));
        structured.add(SearchRequest.text("").withIndicator("长效养护机制建立", new BigDecimal("0.7"), null)
                .withWhere(WhereParser.parse("year>=2018")));
        return List.of(text, faceted, structured);
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int small = Integer.parseInt(args[1]);
        int large = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        Path goldens = io.hecha.TestFiles.goldens();
        Path a = work.resolve("reports/a");
        Path b = work.resolve("reports/b");
        if (!Files.isDirectory(a)) CorpusCopies.write(goldens, a, 0, small);
        if (!Files.isDirectory(b)) CorpusCopies.write(goldens, b, small, large);
        WordList words = WordList.standard();
        StringBuilder md = new StringBuilder();
        md.append("| reports | wall s | ms per report | reports/s | index MiB | KiB per report |\n|---:|---:|---:|---:|---:|---:|\n");
        Path largeIndex = null;
        for (int n : new int[]{small, large}) {
            Path index = work.resolve("index-" + n);
            deleteTree(index);
            List<Path> paths = n == small ? List.of(a) : List.of(a, b);
            IndexSummary s;
            try (LuceneIndex store = LuceneIndex.openForWriting(index, words)) {
                s = new Indexer(store, words, p -> null, null, false).run(paths, false, null);
            }
            long bytes = size(index);
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.0f | %.0f |%n", s.total(), s.seconds(),
                    s.seconds() * 1000 / s.total(), s.total() / s.seconds(), bytes / 1048576.0, bytes / 1024.0 / s.total()));
            System.err.printf("indexed %d reports in %.1f s%n", s.total(), s.seconds());
            largeIndex = index;
        }
        md.append("\n");
        try (LuceneSearcher searcher = LuceneSearcher.open(largeIndex, words)) {
            md.append(latencies(searcher, "embedded, " + large + " reports"));
        }
        Files.writeString(out, md.toString());
    }

    /**
     * Median and p95 of each kind of request, as a long-running searcher ({@code hecha serve}) answers them:
     * first {@link #WARMUPS} untimed rounds over every request of every kind (the JIT compiles for the whole
     * mix, not for the kind timed first), then {@link #ROUNDS} timed rounds of each kind.
     */
    public static String latencies(CorpusSearcher searcher, String where) throws Exception {
        String[] kinds = {"text (10 hits, snippets)", "faceted (text + 4 facets)", "structured (filters, indicators)"};
        StringBuilder md = new StringBuilder();
        md.append("| queries on ").append(where).append(" | requests | median ms | p95 ms | mean hits |\n|---|---:|---:|---:|---:|\n");
        List<List<SearchRequest>> all = requests();
        for (int w = 0; w < WARMUPS; w++) {
            for (List<SearchRequest> kind : all) {
                for (SearchRequest r : kind) searcher.search(r);
            }
        }
        for (int k = 0; k < all.size(); k++) {
            List<Long> micros = new ArrayList<>();
            long hits = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (SearchRequest r : all.get(k)) {
                    long t0 = System.nanoTime();
                    hits += searcher.search(r).total();
                    micros.add((System.nanoTime() - t0) / 1000);
                }
            }
            micros.sort(null);
            double median = micros.get(micros.size() / 2) / 1000.0;
            double p95 = micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0;
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f |%n", kinds[k], micros.size(), median, p95,
                    (double) hits / micros.size()));
        }
        return md.toString();
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
