package io.hecha.index.analysis;

import com.hankcs.hanlp.seg.common.Term;

import java.util.Arrays;

/**
 * Splits folded text into tokens: numbers whole ({@code 98.5%}, {@code 1,234.56}, {@code 3‰}), runs of
 * ASCII letters and digits ({@code a1}), and runs of other letters (Chinese) handed to HanLP: in query
 * mode its words, in index mode every dictionary word and domain word ({@link WordMatcher}) that
 * occurs, and every character. Spaces, punctuation and symbols separate tokens and are never tokens.
 *
 * <p>The tokens of one text are kept packed in a {@code long[]} (start, length, type), sorted by start
 * and, at one start, longer first; a token's text is read from the folded text itself.
 */
final class TextSplitter {
    static final int NUM = 0;
    static final int ALNUM = 1;
    static final int WORD = 2;
    /** Index mode: a dictionary word whose characters quotation marks cut ({@code “三公”经费}); its text leaves the marks out. */
    static final int QUOTED = 3;
    static final String[] TYPES = {"<NUM>", "<ALNUM>", "<WORD>", "<WORD>"};
    /** Quotation marks (folded) that may stand inside a word: {@code “三公”经费}, {@code 「三公」经费}. */
    private static final String QUOTES = "\"'“”‘’「」『』";
    static final int MAX_LENGTH = 255;

    private final HanlpSegmenter segmenter;
    private final WordMatcher domainWords;
    private long[] tokens = new long[256];
    private int count;

    /** Query mode: {@code domainWords} null; index mode: the matcher of the domain words. */
    TextSplitter(HanlpSegmenter segmenter, WordMatcher domainWords) {
        this.segmenter = segmenter;
        this.domainWords = domainWords;
    }

    /** Splits {@code text[from, to)} (already folded); returns the number of distinct tokens. */
    int split(char[] text, int from, int to) {
        count = 0;
        boolean quotes = false;
        int i = from;
        while (i < to) {
            char c = text[i];
            if (isDigit(c)) {
                int end = numberEnd(text, i, to);
                add(i, end, NUM);
                i = end;
            } else if (c >= 'a' && c <= 'z') {
                int end = i + 1;
                while (end < to && (isDigit(text[end]) || (text[end] >= 'a' && text[end] <= 'z'))) end++;
                add(i, end, ALNUM);
                i = end;
            } else if (isLetter(c)) {
                int end = i + 1;
                while (end < to && isLetter(text[end])) end++;
                words(text, i, end);
                i = end;
            } else {
                quotes |= isQuote(c);
                i++;
            }
        }
        if (quotes && domainWords != null) quotedWords(text, from, to);
        Arrays.sort(tokens, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (distinct == 0 || (tokens[k] >>> 8) != (tokens[distinct - 1] >>> 8)) tokens[distinct++] = tokens[k];
        }
        count = distinct;
        return count;
    }

    static int start(long token) {
        return (int) (token >>> 32);
    }

    static int length(long token) {
        return MAX_LENGTH - (int) ((token >>> 8) & 0xFF);
    }

    static int type(long token) {
        return (int) (token & 0xFF);
    }

    /** The k-th token of the last split. */
    long token(int k) {
        return tokens[k];
    }

    private void add(int start, int end, int type) {
        int len = end - start;
        if (len < 1 || len > MAX_LENGTH) return;
        if (count == tokens.length) tokens = Arrays.copyOf(tokens, count * 2);
        tokens[count++] = ((long) start << 32) | ((long) (MAX_LENGTH - len) << 8) | type;
    }

    private void words(char[] text, int from, int to) {
        if (domainWords == null) {
            String run = new String(text, from, to - from);
            for (Term t : segmenter.words(run)) {
                int len = t.word.length();
                if (len == 0 || t.offset < 0 || t.offset + len > run.length()) continue;
                add(from + t.offset, from + t.offset + len, WORD);
            }
            return;
        }
        for (int i = from; i < to; i++) add(i, i + 1, WORD);
        char[] run = Arrays.copyOfRange(text, from, to);
        HanlpSegmenter.dictionaryWords(run, (s, e) -> add(from + s, from + e, WORD));
        domainWords.find(text, from, to, (s, e) -> add(s, e, WORD));
    }

    /**
     * Index mode: the dictionary and domain words that quotation marks cut, as in {@code “三公”经费}: runs of
     * letters joined only by marks are read as one, and each word spanning a mark is a token from its first
     * character to its last ({@link #QUOTED}), so that the query {@code 三公经费} finds the text.
     */
    private void quotedWords(char[] text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!isLetter(text[i])) {
                i++;
                continue;
            }
            int end = i;
            int joints = 0;
            while (true) {
                while (end < to && isLetter(text[end])) end++;
                int next = end;
                while (next < to && isQuote(text[next])) next++;
                if (next == end || next == to || !isLetter(text[next])) break;
                joints++;
                end = next;
            }
            if (joints > 0) joinedWords(text, i, end);
            i = end;
        }
    }

    /** The words spanning a mark in {@code text[from, to)}: letters joined by quotation marks. */
    private void joinedWords(char[] text, int from, int to) {
        char[] joined = new char[to - from];
        int[] at = new int[to - from];
        int n = 0;
        for (int k = from; k < to; k++) {
            if (isQuote(text[k])) continue;
            joined[n] = text[k];
            at[n++] = k;
        }
        char[] run = Arrays.copyOf(joined, n);
        HanlpSegmenter.Hit spanning = (s, e) -> {
            if (at[e - 1] - at[s] != e - 1 - s) add(at[s], at[e - 1] + 1, QUOTED);
        };
        HanlpSegmenter.dictionaryWords(run, spanning);
        domainWords.find(run, 0, n, spanning);
    }

    /** True for a quotation mark that may stand inside a word. */
    static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    /** A letter that is not ASCII (Chinese): runs of them go to HanLP. */
    private static boolean isLetter(char c) {
        return c > 127 && Character.isLetter(c);
    }

    /** End of the number starting at {@code i}: digits, inner {@code .}/{@code ,} between digits, a trailing % or ‰. */
    private static int numberEnd(char[] text, int i, int to) {
        int end = i;
        while (end < to) {
            char c = text[end];
            if (isDigit(c)) {
                end++;
            } else if ((c == '.' || c == ',') && end + 1 < to && isDigit(text[end + 1]) && end > i) {
                end++;
            } else {
                break;
            }
        }
        if (end < to && (text[end] == '%' || text[end] == '‰')) end++;
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
