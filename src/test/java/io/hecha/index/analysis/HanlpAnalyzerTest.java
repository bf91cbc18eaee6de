package io.hecha.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HanLP analyzer: words, numbers whole, folding, exact offsets, character positions, the hidden key. */
class HanlpAnalyzerTest {
    private static final WordList WORDS = WordList.standard();
    private static final Analyzer INDEX = new HanlpAnalyzer(WORDS, true);
    private static final Analyzer QUERY = new HanlpAnalyzer(WORDS, false);

    record Tok(String term, int start, int end, int position) {
    }

    static List<Tok> tokens(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Tok(term.toString(), off.startOffset(), off.endOffset(), pos));
            }
            ts.end();
            assertEquals(text.length(), off.endOffset(), "final offset is the text's length");
        }
        return out;
    }

    static List<String> terms(Analyzer a, String text) throws IOException {
        return tokens(a, text).stream().map(Tok::term).toList();
    }

    @Test
    void queryModeKeepsDomainWordsAndNumbersWhole() throws IOException {
        assertEquals(List.of("预算执行率", "为", "98.5%"), terms(QUERY, "预算执行率为98.5%"));
        assertEquals(List.of("三公经费", "支出", "1,234.56", "万元"), terms(QUERY, "三公经费支出1,234.56万元"));
        assertTrue(terms(QUERY, "政府采购执行率得分").contains("政府采购执行率"));
    }

    @Test
    void fullWidthFormsFoldToHalfWidthWithTheirOwnOffsets() throws IOException {
        String text = "执行率９８．５％，Ａ１指标";
        List<Tok> toks = tokens(QUERY, text);
        Tok pct = toks.stream().filter(t -> t.term().equals("98.5%")).findFirst().orElseThrow();
        assertEquals("９８．５％", text.substring(pct.start(), pct.end()));
        assertTrue(terms(QUERY, text).contains("a1"), toks.toString());
    }

    @Test
    void everyTokenCoversItsOwnCharacters() throws IOException {
        String text = "截至2024年底，固定资产原值合计2303.82万元，项目支出绩效自评表（ＸＹＺ）。";
        for (Analyzer a : List.of(INDEX, QUERY)) {
            for (Tok t : tokens(a, text)) {
                String covered = text.substring(t.start(), t.end());
                assertEquals(t.term(), fold(covered), "offsets of " + t);
                assertEquals(t.start() + 1, t.position() + 1, "position = start offset: " + t);
            }
        }
    }

    @Test
    void indexModeHoldsEveryDictionaryWordAndCharacter() throws IOException {
        List<String> t = terms(INDEX, "项目支出绩效自评表");
        // 自评表 straddles the segmenter's 绩效自评|表: index mode still has it, and every character
        assertTrue(t.containsAll(List.of("项目支出", "项目", "支出", "绩效自评", "绩效", "自评表", "项", "表")), t.toString());
        assertFalse(t.contains("，"));
        assertFalse(terms(INDEX, "（一）、。；").stream().anyMatch(s -> !s.equals("一")), "punctuation is never a token");
    }

    @Test
    void aWordThatQuotationMarksCutIsIndexedWholeOverTheMarks() throws IOException {
        for (String text : List.of("压减“三公”经费支出", "压减「三公」经费支出", "压减\"三公\"经费支出", "压减＂三公＂经费支出")) {
            List<Tok> toks = tokens(INDEX, text);
            Tok whole = toks.stream().filter(t -> t.term().equals("三公经费")).findFirst()
                    .orElseThrow(() -> new AssertionError(text + ": " + toks));
            assertEquals(text.indexOf('三'), whole.start(), text);
            assertEquals(text.indexOf('费') + 1, whole.end(), text);
            assertEquals(whole.start(), whole.position(), "position = start offset: " + whole);
        }
        assertEquals(List.of("三公经费"), terms(QUERY, "三公经费"), "the query's one word");
        // marks around whole words cut nothing: the same tokens as without them, at their own characters
        assertEquals(terms(INDEX, "预算和决算"), terms(INDEX, "“预算”和“决算”"));
    }

    @Test
    void theHiddenKeyIsNotTokenizedButCountsInOffsets() throws IOException {
        String value = HanlpTokenizer.KEY + "{\"ref\":\"#/paragraphs/3\"}" + HanlpTokenizer.KEY + "绩效目标";
        List<Tok> toks = tokens(QUERY, value);
        assertEquals(List.of("绩效目标"), toks.stream().map(Tok::term).toList());
        assertEquals("绩效目标", value.substring(toks.get(0).start(), toks.get(0).end()));
    }

    @Test
    void theWordListIsReadFromTheFileAUserEdits() {
        assertTrue(WORDS.words().contains("预算执行率"), WORDS.origin());
        assertTrue(WORDS.origin().endsWith("search-words.txt"), WORDS.origin());
        WordList other = WordList.of(List.of("青禾县", "# comment", ""));
        assertEquals(List.of("青禾县"), other.words());
        assertFalse(other.fingerprint().equals(WORDS.fingerprint()));
    }

    private static String fold(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
