package io.hecha.search;

import io.hecha.TestFiles;
import io.hecha.cli.HechaCommand;
import io.hecha.index.Fields;
import io.hecha.index.analysis.WordList;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixtures (from their result JSON) and the real published documents of {@code ../shared/corpus/real}
 * (read through the pipeline) in one embedded index: text, facets, filters, indicators, findings.
 */
class CorpusSearchTest {
    @TempDir
    static Path tmp;
    static LuceneSearcher searcher;
    /** The same index, to read the reports' stored fields. */
    static DirectoryReader stored;
    /** Reports the index command said it added (every fixture, and the real documents it could read). */
    static int added;
    static final List<String> VARIANTS = List.of("doc", "docx", "pdf");
    static final Set<String> TANGSHAN = files("tangshan-gxj-2024", "tangshan-gxj-2024-autonum", "tangshan-gxj-2024-corrected");
    static final Set<String> PROJECT = files("project-eval-sample");
    static final Set<String> SELF_EVAL = files("self-eval-form-sample");

    static Set<String> files(String... stems) {
        Set<String> out = new TreeSet<>();
        for (String s : stems) for (String v : VARIANTS) out.add(s + "." + v);
        if (List.of(stems).contains("tangshan-gxj-2024")) out.add("tangshan-gxj-2024-libreoffice.docx");
        if (List.of(stems).contains("self-eval-form-sample")) out.addAll(List.of("self-eval-form-sample.xlsx", "self-eval-form-sample.xls"));
        return out;
    }

    @BeforeAll
    static void index() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path index = tmp.resolve("index");
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), "index",
                TestFiles.fixtures().toString(), TestFiles.shared().resolve("corpus/real").toString(), "--index", index.toString());
        assertEquals(0, code, out + "\n" + err);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) added, 0 replaced").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        added = Integer.parseInt(m.group(1));
        searcher = LuceneSearcher.open(index, WordList.standard());
        stored = DirectoryReader.open(FSDirectory.open(index));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
        stored.close();
    }

    static SearchResults search(SearchRequest r) throws Exception {
        return searcher.search(r.withLimit(100));
    }

    static Set<String> files(SearchResults r) {
        return r.hits().stream().map(h -> h.field(Fields.FILE)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aTextQueryFindsTheReportAndTheSectionWithTheWordsHighlighted() throws Exception {
        SearchResults r = search(SearchRequest.text("农村公路养护"));
        SearchHit top = r.hits().get(0);
        assertTrue(PROJECT.contains(top.field(Fields.FILE)), top.field(Fields.FILE));
        assertFalse(top.snippets().isEmpty());
        Snippet s = top.snippets().get(0);
        assertEquals("农村公路养护", s.text().substring(s.highlights().get(0).start(), s.highlights().get(0).end()));
        assertTrue(s.location().ref().startsWith("#/"), s.location().toString());
        // a body paragraph: its section path is the one in the report's JSON
        SearchResults body = search(SearchRequest.text("以下简称“县交通局”"));
        Snippet p = body.hits().get(0).snippets().get(0);
        assertEquals("text", p.field());
        assertEquals("摘  要", p.location().sectionPath());
        assertTrue(p.location().ref().matches("#/paragraphs/\\d+"), p.location().ref());
    }

    @Test
    void aTableCellHitSaysTableRowAndColumn() throws Exception {
        SearchResults r = search(SearchRequest.text("固定资产净值 合计"));
        assertEquals(TANGSHAN, files(r), "the reports with table 7");
        Snippet cell = r.hits().get(0).snippets().stream().filter(s -> s.location().rowLabel().equals("合计"))
                .findFirst().orElseThrow(() -> new AssertionError(r.hits().get(0).snippets()));
        assertEquals("表7", cell.location().table());
        assertTrue(cell.location().columnLabel().contains("固定资产净值"), cell.location().toString());
        assertTrue(cell.text().endsWith("1369.97"), cell.text());
        assertTrue(cell.location().ref().matches("#/tables/\\d+/cells/\\d+/\\d+"), cell.location().ref());
    }

    @Test
    void aWordWrittenWithQuotationMarksInsideIsFoundByTheWord() throws Exception {
        // the reports write “三公”经费
        SearchResults r = search(SearchRequest.text("三公经费"));
        assertTrue(files(r).containsAll(TANGSHAN), files(r).toString());
        Snippet s = r.hits().get(0).snippets().get(0);
        assertEquals("三公”经费", s.text().substring(s.highlights().get(0).start(), s.highlights().get(0).end()), s.text());
    }

    @Test
    void theRealPublishedDocumentsAreFoundByTheirOwnWords() throws Exception {
        SearchResults r = search(SearchRequest.text("信访"));
        assertEquals("renwu-国家信访局2024年度部门决算.pdf", r.hits().get(0).field(Fields.FILE));
        assertTrue(r.hits().get(0).snippets().get(0).location().page() != null, "a PDF hit has its page");
        assertEquals(Set.of("renwu-佛山市轨道交通局2019年度部门决算.pdf"), files(search(SearchRequest.text("轨道交通局"))));
        assertEquals(4, files(search(SearchRequest.text("普陀区"))).stream().filter(f -> f.contains("预算")).count());
    }

    /** The fixtures' file names, one per golden result (counted: other engineers add fixtures). */
    static Set<String> fixtureFiles() throws java.io.IOException {
        try (java.util.stream.Stream<Path> g = java.nio.file.Files.list(TestFiles.goldens())) {
            return g.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                    .map(f -> f.substring(0, f.length() - ".json".length())).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** How many hits hold each value of a field (what a facet must count), largest first as facets are. */
    static List<FacetCount> tally(SearchResults r, String field) {
        java.util.Map<String, Long> n = r.hits().stream().flatMap(h -> h.fields().getOrDefault(field, List.of()).stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        return n.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }

    @Test
    void facetsCountTheMatchingReports() throws Exception {
        SearchResults r = searcher.search(SearchRequest.text("").withFacets(List.of("type", "year", "format")).withLimit(10_000));
        assertEquals(added, r.total(), "every report indexed is found by the empty query");
        assertEquals(added, r.hits().size());
        Set<String> fixtures = fixtureFiles();
        assertTrue(files(r).containsAll(fixtures), "every fixture is a report of the index");
        long real = r.hits().stream().filter(h -> !fixtures.contains(h.field(Fields.FILE))).count();
        assertTrue(real >= 7, "the readable real documents (7 PDF, 3 XLSX forms when this was written): " + real);
        for (String facet : List.of("type", "year", "format")) {
            assertEquals(new HashSet<>(tally(r, facet)), new HashSet<>(r.facets().get(facet)), facet + ": one count per report holding the value");
        }
        List<FacetCount> types = r.facets().get("type");
        long wholeDepartment = fixtures.stream().filter(f -> f.startsWith("tangshan-gxj-2024")).count();
        assertTrue(types.contains(new FacetCount("部门整体支出绩效评价", wholeDepartment)), types.toString());
        assertTrue(types.contains(new FacetCount("绩效自评表", SELF_EVAL.size())), types.toString());
        long project = types.stream().filter(c -> c.value().equals("项目支出绩效评价")).findFirst().orElseThrow().count();
        assertTrue(project >= PROJECT.size(), types.toString());
        // facets follow the query: only the matching reports are counted
        SearchResults some = search(SearchRequest.text("农村公路养护").withFacets(List.of("type")));
        assertEquals(List.of(new FacetCount("项目支出绩效评价", PROJECT.size())), some.facets().get("type"));
    }

    @Test
    void aStructuredFilterReturnsExactlyTheMatchingReports() throws Exception {
        SearchResults r = search(SearchRequest.text("").withWhere(WhereParser.parse("year=2024 AND score<90 AND type~整体")));
        assertEquals(TANGSHAN, files(r));
        SearchResults high = search(SearchRequest.text("").withWhere(WhereParser.parse("score>=90 AND score<=95.67")));
        Set<String> expected = new TreeSet<>(PROJECT);
        expected.addAll(SELF_EVAL);
        assertEquals(expected, files(high));
    }

    @Test
    void anIndicatorQueryComparesScoreWithWeight() throws Exception {
        // 政府采购执行率 scored 0.76 of 1 in the 部门整体 reports: under 0.8 of its weight, not under half
        SearchRequest q = SearchRequest.text("");
        assertEquals(TANGSHAN, files(search(q.withIndicator("政府采购执行率", new BigDecimal("0.8"), null))));
        assertEquals(0, search(q.withIndicator("政府采购执行率", new BigDecimal("0.5"), null)).total());
        SearchResults zero = search(q.withIndicator("资金结转结余率", new BigDecimal("0.5"), null));
        assertEquals(TANGSHAN, files(zero));
        assertEquals(BigDecimal.ZERO, zero.hits().get(0).indicators().get(0).rate().stripTrailingZeros());
        assertEquals(PROJECT, files(search(q.withIndicator("长效养护机制建立", new BigDecimal("0.7"), new BigDecimal("0.5")))));
    }

    @Test
    void findingsAreSearchableByRuleSeverityAndYear() throws Exception {
        SearchResults r = search(SearchRequest.text("")
                .withWhere(WhereParser.parse("error=fixed-assets.net-value AND year=2024")).withFacets(List.of("rule")));
        Set<String> expected = new TreeSet<>(files("tangshan-gxj-2024", "tangshan-gxj-2024-autonum"));
        assertEquals(expected, files(r), "the corrected variants have no such error");
        assertTrue(r.facets().get("rule").contains(new FacetCount("fixed-assets.net-value", 7)), r.facets().toString());
    }

    /** Hits are shown from one doc value per report ({@link io.hecha.index.HitValues}), not from the stored fields. */
    @Test
    void everyHitShowsExactlyItsReportsStoredValues() throws Exception {
        IndexSearcher s = new IndexSearcher(stored);
        int compared = 0;
        for (SearchRequest r : List.of(SearchRequest.text(""), SearchRequest.text("执行率"),
                SearchRequest.text("").withIndicator("政府采购执行率", null, null))) {
            for (SearchHit hit : search(r).hits()) {
                TopDocs top = s.search(new TermQuery(new Term(Fields.ID, hit.id())), 1);
                Document doc = s.storedFields().document(top.scoreDocs[0].doc);
                Map<String, List<String>> shown = new HashMap<>();
                for (IndexableField f : doc.getFields()) {
                    String name = f.name();
                    if (f.stringValue() == null || Fields.TEXT_FIELDS.contains(name) || Fields.HASH.equals(name)
                            || Fields.INDICATORS_JSON.equals(name)) continue;
                    shown.computeIfAbsent(name, k -> new ArrayList<>()).add(f.stringValue());
                }
                assertEquals(shown, hit.fields(), hit.id());
                assertEquals(StoredHits.matchingIndicators(doc.get(Fields.INDICATORS_JSON), r.indicator()), hit.indicators(), hit.id());
                if (r.indicator() != null) assertFalse(hit.indicators().isEmpty(), hit.id());
                compared++;
            }
        }
        assertTrue(compared > added, "hits compared: " + compared);
    }

    @Test
    void anUnknownFacetIsAUsageError() {
        QuerySyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(QuerySyntaxException.class,
                () -> search(SearchRequest.text("").withFacets(List.of("colour"))));
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }
}
