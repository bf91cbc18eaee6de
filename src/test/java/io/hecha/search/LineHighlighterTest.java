package io.hecha.search;

import io.hecha.index.Fields;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The highlighter that decodes only the matched lines, stops reading after the last of them and takes the
 * offsets from the matches it found them with gives exactly the plain unified highlighter's passages.
 */
class LineHighlighterTest {
    @TempDir
    Path tmp;

    @Test
    void matchedLinesOnlyGiveThePlainHighlightersPassages() throws Exception {
        WordList words = WordList.standard();
        Path index = GoldenIndex.build(tmp, GoldenIndex.SOME, words);
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
            List<SearchRequest> requests = new ArrayList<>();
            for (String q : List.of("固定资产净值", "预算执行率", "绩效目标 完成", "\"资金 使用\"", "2024年", "89.71%", "评分标准",
                    "三公经费", "没有这个词语")) {
                requests.add(SearchRequest.text(q));
            }
            // filters are part of the query whose matches give the offsets
            requests.add(SearchRequest.text("执行率").withWhere(WhereParser.parse("type~自评 OR year>=2024")));
            requests.add(SearchRequest.text("合计 固定资产").withWhere(WhereParser.parse("NOT format=pdf")));
            for (SearchRequest r : requests) {
                String q = r.toString();
                Query query = LuceneQueries.of(r, queryAnalyzer);
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
