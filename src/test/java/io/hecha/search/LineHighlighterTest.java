package io.hecha.search;

import io.hecha.index.Fields;
import io.hecha.index.Indexer;
import io.hecha.index.LuceneIndex;
import io.hecha.index.analysis.HanlpAnalyzer;
import io.hecha.index.analysis.WordList;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The highlighter that decodes only the matched lines gives exactly the plain unified highlighter's passages. */
class LineHighlighterTest {
    @TempDir
    Path tmp;

    @Test
    void matchedLinesOnlyGiveThePlainHighlightersPassages() throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        for (String g : List.of("tangshan-gxj-2024.pdf.json", "project-eval-sample.docx.json", "self-eval-form-sample.xlsx.json",
                "final-accounts-kuanxiang.docx.json")) {
            Files.copy(Path.of("src/test/resources/goldens", g), reports.resolve(g));
        }
        WordList words = WordList.standard();
        Path index = tmp.resolve("index");
        try (LuceneIndex store = LuceneIndex.openForWriting(index, words)) {
            new Indexer(store, words, p -> null, null, false).run(List.of(reports), false, null);
        }
        HanlpAnalyzer indexAnalyzer = new HanlpAnalyzer(words, true);
        HanlpAnalyzer queryAnalyzer = new HanlpAnalyzer(words, false);
        String[] fields = Fields.TEXT_FIELDS.toArray(new String[0]);
        int[] max = new int[fields.length];
        Arrays.fill(max, StoredHits.PASSAGES);
        int highlighted = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            UnifiedHighlighter plain = LuceneSearcher.highlighterBuilder(searcher, indexAnalyzer).build();
            LineHighlighter lines = new LineHighlighter(LuceneSearcher.highlighterBuilder(searcher, indexAnalyzer));
            for (String q : List.of("固定资产净值", "预算执行率", "绩效目标 完成", "\"资金 使用\"", "2024年", "89.71%", "评分标准",
                    "三公经费", "没有这个词语")) {
                Query query = LuceneQueries.of(SearchRequest.text(q), queryAnalyzer);
                TopDocs top = searcher.search(query, 10);
                Map<String, String[]> expected = plain.highlightFields(fields, query, top, max);
                Map<String, String[]> actual = lines.highlight(fields, query, top, max);
                assertEquals(expected.keySet(), actual.keySet(), q);
                for (String f : fields) {
                    assertArrayEquals(expected.get(f), actual.get(f), q + " in " + f);
                    for (String p : expected.get(f)) if (p != null && p.contains(Snippets.PRE)) highlighted++;
                }
            }
        }
        assertTrue(highlighted > 20, "the queries highlight passages: " + highlighted);
    }

}
