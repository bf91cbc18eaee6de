package io.hecha.index.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.TestFiles;
import io.hecha.output.Json;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall (and precision) of the HanLP analyzer against Lucene's smartcn on a small judged query set,
 * over the text units of three reports (every body paragraph and every table cell). A unit is
 * relevant to a query when it holds the query's characters together after full/half-width folding,
 * a number or Latin word not running on into more digits or letters ({@code 98.5%} is not in
 * {@code 198.5%}). Both analyzers answer with a phrase query built by Lucene's QueryBuilder from their
 * own query-time analysis. The figures go to {@code target/analyzer-recall.md} (quoted in the README).
 */
class AnalyzerRecallTest {
    /** Domain words, phrases, numbers, full-width forms, words inside longer words and across word boundaries. */
    static final List<String> QUERIES = List.of(
            "固定资产", "固定资产净值", "累计折旧", "净值合计", "预算执行率", "执行率", "因公出国", "公务用车", "公务接待",
            "政府采购", "政府采购执行率", "绩效目标", "绩效指标", "自评表", "自评", "评价等级", "满意度",
            "受益群众满意度", "农村公路养护", "养护", "资金到位率", "结转结余", "内控管理", "合同管理",
            "一般公共预算", "项目支出", "整体支出", "部门整体支出绩效评价", "工信局", "县交通局", "供水",
            "管护经费", "资产管理规范性", "得分率", "预算调整", "年初预算", "指标值", "2024年", "89.71%",
            "1369.97", "2303.82", "９０分", "（二）", "A1", "评分标准", "绩效自评表", "资金使用", "一般公共预算拨款");

    record Unit(String text) {
    }

    static List<String> units() throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : List.of("tangshan-gxj-2024.docx", "project-eval-sample.docx", "self-eval-form-sample.docx")) {
            JsonNode root = Json.MAPPER.readTree(TestFiles.golden(f).toFile());
            root.path("paragraphs").forEach(p -> add(out, p.path("text").asText()));
            root.path("tables").forEach(t -> t.path("cells").forEach(c -> add(out, c.path("text").asText())));
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank()) out.add(s);
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000') c = ' ';
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** The judgment: the unit holds the query together, not run on by more digits or letters. */
    static boolean relevant(String unit, String query) {
        String u = fold(unit);
        String q = fold(query);
        for (int at = u.indexOf(q); at >= 0; at = u.indexOf(q, at + 1)) {
            boolean before = at > 0 && runsOn(u.charAt(at - 1), q.charAt(0));
            int end = at + q.length();
            boolean after = end < u.length() && runsOn(u.charAt(end), q.charAt(q.length() - 1));
            if (!before && !after) return true;
        }
        return false;
    }

    private static boolean runsOn(char neighbour, char edge) {
        boolean digit = Character.isDigit(edge) || edge == '%';
        boolean latin = edge < 128 && Character.isLetter(edge);
        if (digit) return Character.isDigit(neighbour) || neighbour == '.';
        if (latin) return neighbour < 128 && Character.isLetterOrDigit(neighbour);
        return false;
    }

    record Score(double recall, double precision, int found, int relevant, int retrieved) {
    }

    static Score measure(Analyzer index, Analyzer query, List<String> units, String q) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
                for (int i = 0; i < units.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField("t", units.get(i), Field.Store.NO));
                    d.add(new StoredField("i", i));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                Query query1 = new QueryBuilder(query).createPhraseQuery("t", q);
                if (query1 == null) query1 = new MatchNoDocsQuery();
                Set<Integer> got = new HashSet<>();
                for (ScoreDoc sd : s.search(query1, units.size()).scoreDocs) {
                    got.add(s.storedFields().document(sd.doc).getField("i").numericValue().intValue());
                }
                int relevant = 0;
                int found = 0;
                for (int i = 0; i < units.size(); i++) {
                    if (relevant(units.get(i), q)) {
                        relevant++;
                        if (got.contains(i)) found++;
                    }
                }
                double recall = relevant == 0 ? 1 : (double) found / relevant;
                double precision = got.isEmpty() ? 1 : (double) found / got.size();
                return new Score(recall, precision, found, relevant, got.size());
            }
        }
    }

    @Test
    void hanlpFindsAtLeastWhatSmartcnFinds() throws IOException {
        List<String> units = units();
        WordList words = WordList.standard();
        Analyzer hanlpIndex = new HanlpAnalyzer(words, true);
        Analyzer hanlpQuery = new HanlpAnalyzer(words, false);
        Analyzer smartcn = new SmartChineseAnalyzer();
        StringBuilder table = new StringBuilder("| query | relevant | HanLP found / retrieved | smartcn found / retrieved |\n|---|---|---|---|\n");
        double hr = 0, hp = 0, sr = 0, sp = 0;
        int n = 0;
        for (String q : QUERIES) {
            Score h = measure(hanlpIndex, hanlpQuery, units, q);
            Score s = measure(smartcn, smartcn, units, q);
            assertTrue(h.relevant() > 0, "every judged query has relevant units: " + q);
            table.append(String.format(Locale.ROOT, "| %s | %d | %d / %d | %d / %d |%n", q, h.relevant(), h.found(), h.retrieved(),
                    s.found(), s.retrieved()));
            hr += h.recall();
            hp += h.precision();
            sr += s.recall();
            sp += s.precision();
            n++;
        }
        String summary = String.format(Locale.ROOT,
                "%d queries over %d text units (paragraphs and cells of 3 reports). Mean recall: HanLP %.3f, smartcn %.3f; "
                        + "mean precision: HanLP %.3f, smartcn %.3f.%n", n, units.size(), hr / n, sr / n, hp / n, sp / n);
        System.out.println(summary + table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/analyzer-recall.md"), summary + "\n" + table);
        assertTrue(hr >= sr, "HanLP's recall is at least smartcn's: " + summary);
        assertEquals(1.0, hr / n, 1e-9, "a phrase of dictionary words and characters finds every unit that holds it: " + summary);
    }
}
