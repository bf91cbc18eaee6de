package io.hecha.search;

import io.hecha.index.Fields;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteArrayDataInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The unified highlighter over the text fields of the embedded index, reading only the stored lines
 * that hold a match. A text field holds one value per line (most of it the line's location key), and
 * the highlighter wants the whole field as one string, the values joined by its separator, since the
 * offsets in the postings count every value. Each report stores its lines' lengths
 * ({@link Fields#LINE_LENGTHS}); the lines without a match (found with the query's {@link Matches}, as the
 * highlighter finds them) are given as spaces of their length: the same offsets, the same passages, only
 * the matched lines decoded. An index without the lengths is read whole, as the plain highlighter does.
 */
final class LineHighlighter extends UnifiedHighlighter {
    private static final String SPACES = " ".repeat(4096);

    private final ThreadLocal<Weight> weight = new ThreadLocal<>();

    LineHighlighter(Builder builder) {
        super(builder);
    }

    /** {@link #highlightFields(String[], Query, TopDocs, int[])}, loading only the matched lines. */
    Map<String, String[]> highlight(String[] fields, Query query, TopDocs docs, int[] maxPassages) throws IOException {
        weight.set(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f));
        try {
            return highlightFields(fields, query, docs, maxPassages);
        } finally {
            weight.remove();
        }
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        Weight w = weight.get();
        if (w == null) return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        List<CharSequence[]> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int sumChars = 0;
        do {
            int doc = docIter.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            MatchedLines visitor = new MatchedLines(fields, w.matches(leaf, doc - leaf.docBase), getMaxLength());
            stored.document(doc, visitor);
            out.add(visitor.values);
            for (CharSequence v : visitor.values) sumChars += v == null ? 0 : v.length();
        } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return out;
    }

    /**
     * Collects the values of the highlighted fields of one report as the plain highlighter joins them,
     * a line without a match as spaces. Selective once the lengths are read (they are stored before the
     * lines); a field whose lines come first, or whose match offsets are unknown, or that is longer than
     * the highlighter's limit, is read whole.
     */
    private static final class MatchedLines extends StoredFieldVisitor {
        private final String[] fields;
        private final Matches matches;
        private final int maxLength;
        final CharSequence[] values;
        private final int[] seen;
        private int[][] lengths;
        private boolean[][] wanted;
        private boolean[] whole;
        private boolean started;
        private int current;

        MatchedLines(String[] fields, Matches matches, int maxLength) {
            this.fields = fields;
            this.matches = matches;
            this.maxLength = maxLength;
            this.values = new CharSequence[fields.length];
            this.seen = new int[fields.length];
        }

        @Override
        public Status needsField(FieldInfo info) throws IOException {
            if (Fields.LINE_LENGTHS.equals(info.name)) return started ? Status.NO : Status.YES;
            current = Arrays.binarySearch(fields, info.name);
            if (current < 0) return Status.NO;
            started = true;
            int k = seen[current]++;
            if (lengths == null || whole[current]) return wholeNeeds();
            if (wanted[current][k]) return Status.YES;
            StringBuilder b = builder(current, k);
            for (int n = lengths[current][k]; n > 0; n -= SPACES.length()) b.append(SPACES, 0, Math.min(n, SPACES.length()));
            return Status.NO;
        }

        @Override
        public void binaryField(FieldInfo info, byte[] value) throws IOException {
            ByteArrayDataInput in = new ByteArrayDataInput(value);
            int[][] byField = new int[Fields.TEXT_FIELDS.size()][];
            for (int f = 0; f < byField.length; f++) {
                byField[f] = new int[in.readVInt()];
                for (int k = 0; k < byField[f].length; k++) byField[f][k] = in.readVInt();
            }
            lengths = new int[fields.length][];
            wanted = new boolean[fields.length][];
            whole = new boolean[fields.length];
            for (int i = 0; i < fields.length; i++) {
                int f = Fields.TEXT_FIELDS.indexOf(fields[i]);
                lengths[i] = f < 0 ? new int[0] : byField[f];
                whole[i] = f < 0 || !mark(i);
            }
        }

        /** Marks the lines of field {@code i} holding a match; false when that cannot be known exactly. */
        private boolean mark(int i) throws IOException {
            int[] len = lengths[i];
            int[] starts = new int[len.length];
            long total = -1;
            for (int k = 0; k < len.length; k++) {
                starts[k] = (int) (total + 1);
                total += len[k] + 1L;
            }
            if (total > maxLength) return false;
            wanted[i] = new boolean[len.length];
            MatchesIterator it = matches == null ? null : matches.getMatches(fields[i]);
            if (it == null) return true;
            while (it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start < 0 || end < start) return false;
                wanted[i][line(starts, start)] = true;
                wanted[i][line(starts, Math.max(start, end - 1))] = true;
            }
            return true;
        }

        private static int line(int[] starts, int offset) {
            int k = Arrays.binarySearch(starts, offset);
            return Math.max(0, k >= 0 ? k : -k - 2);
        }

        private StringBuilder builder(int i, int k) {
            CharSequence v = values[i];
            StringBuilder b;
            if (v instanceof StringBuilder sb) {
                b = sb;
            } else {
                b = new StringBuilder();
                if (v != null) b.append(v);
                values[i] = b;
            }
            if (k > 0) b.append(MULTIVAL_SEP_CHAR);
            return b;
        }

        /** The plain highlighter's rule: every value, up to its limit. */
        private Status wholeNeeds() {
            CharSequence v = values[current];
            return v != null && v.length() >= maxLength ? Status.NO : Status.YES;
        }

        @Override
        public void stringField(FieldInfo info, String value) {
            if (lengths != null && !whole[current]) {
                builder(current, seen[current] - 1).append(value);
                return;
            }
            CharSequence v = values[current];
            if (v == null) {
                values[current] = value.substring(0, Math.min(maxLength, value.length()));
                return;
            }
            int budget = maxLength - v.length();
            if (budget <= 0) return;
            StringBuilder b = v instanceof StringBuilder sb ? sb : new StringBuilder(v);
            b.append(MULTIVAL_SEP_CHAR).append(value, 0, Math.min(budget - 1, value.length()));
            values[current] = b;
        }
    }
}
