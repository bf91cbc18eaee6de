package io.hecha.solr;

import io.hecha.cli.HechaCommand;
import io.hecha.index.Indexer;
import io.hecha.index.IndexSummary;
import io.hecha.index.LuceneIndex;
import io.hecha.index.analysis.WordList;
import io.hecha.search.FacetCount;
import io.hecha.search.LuceneSearcher;
import io.hecha.search.SearchHit;
import io.hecha.search.SearchRequest;
import io.hecha.search.SearchResults;
import io.hecha.search.Snippet;
import io.hecha.search.WhereParser;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * hecha's corpus on a real SolrCloud: 2 Solr nodes, ZooKeeper, a collection of 2 shards made from
 * {@code configset/hecha}, the HanLP analyzer loaded by the nodes by its SPI name. The same reports go
 * into the embedded index; the same requests must give the same hits, totals, facets and snippets.
 */
class SolrCloudSearchTest {
    static final String COLLECTION = "hecha";
    static final Path GOLDENS = Path.of("../src/test/resources/goldens").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    static MiniSolrCloudCluster cluster;
    static SolrCorpus solr;
    static LuceneSearcher embedded;
    static String url;
    static String zk;

    @BeforeAll
    static void start() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster"))
                .addConfig("hecha", Path.of("configset/hecha/conf")).configure();
        CollectionAdminRequest.createCollection(COLLECTION, "hecha", 2, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(COLLECTION, 2, 2);
        url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
        zk = cluster.getZkServer().getZkAddress();

        WordList words = WordList.standard();
        Path index = tmp.resolve("index");
        try (LuceneIndex lucene = LuceneIndex.openForWriting(index, words)) {
            new Indexer(lucene, words, p -> null, null, false).run(List.of(GOLDENS), false, null);
        }
        embedded = LuceneSearcher.open(index, words);
        // hecha index --zk: the cluster found through ZooKeeper
        String[] first = run("index", GOLDENS.toString(), "--zk", zk, "--collection", COLLECTION);
        assertEquals("0", first[0], first[1] + first[2]);
        assertTrue(first[1].contains(goldens() + " added, 0 replaced, 0 unchanged"), first[1]);
        solr = SolrCorpus.atUrl(url, COLLECTION);
    }

    /** The number of golden files: each is one report in both indexes. */
    static long goldens() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(GOLDENS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (embedded != null) embedded.close();
        if (solr != null) solr.close();
        if (cluster != null) cluster.shutdown();
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void theSameRequestsGiveTheSameHitsAsTheEmbeddedIndex() throws Exception {
        // incremental as on the embedded index, through a node's URL this time
        String[] again = run("index", GOLDENS.toString(), "--solr", url, "--collection", COLLECTION);
        assertTrue(again[1].contains("0 added, 0 replaced, " + goldens() + " unchanged"), again[1]);

        List<SearchRequest> requests = new ArrayList<>();
        List<String> facets = List.of("year", "type", "grade", "subject", "rule", "region");
        for (String q : List.of("固定资产净值 合计", "农村公路养护", "执行率", "绩效目标", "“政府采购执行率”", "98.5%", "不存在的词语组合")) {
            requests.add(SearchRequest.text(q).withFacets(facets).withLimit(50));
        }
        requests.add(SearchRequest.text("").withWhere(WhereParser.parse("year=2024 AND score<90")).withFacets(facets).withLimit(50));
        requests.add(SearchRequest.text("").withWhere(WhereParser.parse("error=fixed-assets.net-value AND year=2024")).withLimit(50));
        requests.add(SearchRequest.text("").withWhere(WhereParser.parse("(grade=优 OR grade=良) AND NOT type~自评")).withLimit(50));
        requests.add(SearchRequest.text("").withIndicator("政府采购执行率", new BigDecimal("0.8"), null).withLimit(50));
        requests.add(SearchRequest.text("绩效").withIndicator("长效养护机制建立", new BigDecimal("0.7"), new BigDecimal("0.5")).withLimit(50));
        int compared = 0;
        for (SearchRequest r : requests) {
            SearchResults e = embedded.search(r);
            SearchResults s = solr.search(r);
            String what = r.query() + " / " + r.where() + " / " + r.indicator();
            assertEquals(e.total(), s.total(), "total: " + what);
            assertEquals(ids(e), ids(s), "hits: " + what);
            assertEquals(e.facets(), s.facets(), "facets: " + what);
            for (int i = 0; i < e.hits().size(); i++) {
                SearchHit eh = e.hits().get(i);
                SearchHit sh = s.hits().stream().filter(h -> h.id().equals(eh.id())).findFirst().orElseThrow();
                assertEquals(eh.fields(), sh.fields(), "stored fields of " + eh.id());
                assertEquals(eh.indicators(), sh.indicators(), "indicators of " + eh.id());
                assertEquals(snippets(eh), snippets(sh), "snippets of " + eh.id() + " for " + what);
            }
            compared += e.hits().size();
        }
        assertTrue(compared > 50, "the requests found reports: " + compared);
    }

    @Test
    void searchOnSolrFromTheCommandLine() throws Exception {
        String[] r = run("search", "--solr", url, "--collection", COLLECTION, "固定资产净值", "--facet", "type");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("【固定资产净值】") && r[1].contains("部门整体支出绩效评价 (10)"), r[1]);
        String[] bad = run("search", "--solr", "http://127.0.0.1:1/solr", "绩效");
        assertEquals("3", bad[0]);
        assertTrue(bad[2].startsWith("hecha: solr http://127.0.0.1:1/solr collection hecha does not answer"), bad[2]);
        assertFalse(bad[2].contains("\tat "), bad[2]);
    }

    static List<String> ids(SearchResults r) {
        return r.hits().stream().map(SearchHit::id).sorted().toList();
    }

    static List<String> snippets(SearchHit h) {
        List<String> out = new ArrayList<>();
        for (Snippet s : h.snippets()) out.add(s.field() + " " + s.location().ref() + " " + s.marked("[", "]"));
        return out;
    }

    static Map<String, List<FacetCount>> facets(SearchResults r) {
        return r.facets();
    }
}
