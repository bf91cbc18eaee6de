package io.hecha.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HanLP for search, over HanLP's core and custom dictionaries plus the domain {@link WordList}.
 * Query mode: HanLP's double-array-trie segmenter (longest dictionary words first: fast, and the same
 * words for the same characters whatever stands around them). Index mode: every dictionary word
 * that occurs in the text, overlapping ones too, and every character, so that any query phrase of
 * dictionary words and single characters finds the text that holds its characters together.
 * One instance per tokenizer (a HanLP segment keeps state while it segments); dictionaries are shared.
 */
final class HanlpSegmenter {
    private static final Map<String, DynamicCustomDictionary> DICTIONARIES = new ConcurrentHashMap<>();

    private final Segment segment;

    HanlpSegmenter(WordList words) {
        this.segment = HanLP.newSegment("dat").enableAllNamedEntityRecognize(false)
                .enableNumberQuantifierRecognize(false).enablePartOfSpeechTagging(false)
                .enableOffset(true).enableCustomDictionary(dictionary(words));
    }

    /** The words of a run of letters, longest dictionary words first, with offsets into it. */
    List<Term> words(String run) {
        return segment.seg(run);
    }

    /** Calls {@code hit} with (start, end) of every word of two or more characters of HanLP's dictionaries in {@code run}. */
    static void dictionaryWords(char[] run, Hit hit) {
        all(CoreDictionary.trie, run, hit);
        all(CustomDictionary.DEFAULT.dat, run, hit);
    }

    private static void all(DoubleArrayTrie<CoreDictionary.Attribute> dat, char[] run, Hit hit) {
        if (dat == null || dat.size() == 0) return;
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher s = dat.getSearcher(run, 0);
        while (s.next()) {
            if (s.length >= 2) hit.at(s.begin, s.begin + s.length);
        }
    }

    /** Receives a dictionary word's range. */
    interface Hit {
        void at(int start, int end);
    }

    private static DynamicCustomDictionary dictionary(WordList words) {
        return DICTIONARIES.computeIfAbsent(words.fingerprint(), k -> {
            DynamicCustomDictionary base = CustomDictionary.DEFAULT;
            DynamicCustomDictionary d = new DynamicCustomDictionary(base.dat, new BinTrie<CoreDictionary.Attribute>(), base.path);
            for (String w : words.words()) d.insert(w, "nz 1024");
            return d;
        });
    }
}
