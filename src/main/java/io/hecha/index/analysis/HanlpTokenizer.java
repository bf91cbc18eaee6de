package io.hecha.index.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

import java.io.IOException;

/**
 * Tokenizes a whole field value with HanLP: the value is read in full, folded ({@code ９８．５％} →
 * {@code 98.5%}, capitals to small letters: one char for one, so offsets stay exact), split into numbers,
 * ASCII words and runs of Chinese that HanLP segments: in query mode into its longest dictionary
 * words, in index mode into every dictionary word that occurs there and every character.
 *
 * <p>Positions are character positions: a token's position is its start offset (plus one), so words
 * that follow each other in the text follow each other at the same distance whatever the segmenter
 * made of the text around them; a phrase query built by the same analyzer (query mode) matches
 * exactly where its characters stand together. Sub-words of a word sit at their own characters.
 *
 * <p>A value may start with a hidden key: {@link #KEY}, any text, {@link #KEY}. The key is not
 * tokenized (offsets still count it), so a stored value can carry where it stands in the report
 * and the highlighter returns it with the passage.
 */
public final class HanlpTokenizer extends Tokenizer {
    /** Encloses a hidden key at the start of a value. */
    public static final char KEY = '\u001F';

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final TextSplitter splitter;

    private char[] buffer = new char[1024];
    private int length;
    private int count;
    private int next;
    private int lastStart;

    /** A tokenizer in index mode ({@code indexMode}: sub-words too) or query mode. */
    public HanlpTokenizer(WordList words, boolean indexMode) {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, words, indexMode);
    }

    /** The same, with an attribute factory (for Solr). */
    public HanlpTokenizer(AttributeFactory factory, WordList words, boolean indexMode) {
        super(factory);
        this.splitter = new TextSplitter(new HanlpSegmenter(words), indexMode ? matcher(words) : null);
    }

    private static final java.util.Map<String, WordMatcher> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static WordMatcher matcher(WordList words) {
        return MATCHERS.computeIfAbsent(words.fingerprint(), k -> new WordMatcher(words));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int n; (n = input.read(buffer, length, buffer.length - length)) != -1; ) {
            length += n;
            if (length == buffer.length) buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        int from = keyEnd();
        for (int i = from; i < length; i++) buffer[i] = Folding.fold(buffer[i]);
        count = splitter.split(buffer, from, length);
        next = 0;
        lastStart = -1;
    }

    /** Where the text starts: after the hidden key, if the value has one. */
    private int keyEnd() {
        if (length == 0 || buffer[0] != KEY) return 0;
        for (int i = 1; i < length; i++) {
            if (buffer[i] == KEY) return i + 1;
        }
        return 0;
    }

    @Override
    public boolean incrementToken() {
        if (next >= count) return false;
        long t = splitter.token(next++);
        int start = TextSplitter.start(t);
        int len = TextSplitter.length(t);
        clearAttributes();
        int type = TextSplitter.type(t);
        if (type == TextSplitter.QUOTED) {
            termAtt.setEmpty();
            for (int k = start; k < start + len; k++) {
                if (!TextSplitter.isQuote(buffer[k])) termAtt.append(buffer[k]);
            }
        } else {
            termAtt.copyBuffer(buffer, start, len);
        }
        offsetAtt.setOffset(correctOffset(start), correctOffset(start + len));
        posIncAtt.setPositionIncrement(lastStart < 0 ? start + 1 : start - lastStart);
        typeAtt.setType(TextSplitter.TYPES[type]);
        lastStart = start;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offsetAtt.setOffset(end, end);
    }

    @Override
    public void close() throws IOException {
        super.close();
        count = 0;
        if (buffer.length > 1 << 16) buffer = new char[1024];
    }
}
