package io.hecha.index.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * hecha's Chinese analyzer: a {@link HanlpTokenizer} and nothing else (folding is in the tokenizer).
 * Index mode emits every dictionary word occurring in the text and every character; query mode the
 * longest dictionary words, so that a query phrase matches wherever its characters stand together
 * (positions are character positions) and ranks by words.
 * The values of a multi-valued field lie {@link #VALUE_GAP} positions apart, so no phrase spans two.
 */
public final class HanlpAnalyzer extends Analyzer {
    /** Positions between two values of one field. */
    public static final int VALUE_GAP = 1000;

    private final WordList words;
    private final boolean indexMode;

    /** An analyzer with these domain words; {@code indexMode} for indexing, false for queries. */
    public HanlpAnalyzer(WordList words, boolean indexMode) {
        this.words = words;
        this.indexMode = indexMode;
    }

    /** The domain words in use. */
    public WordList words() {
        return words;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HanlpTokenizer(words, indexMode));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
