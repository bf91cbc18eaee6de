package io.hecha.search;

import io.hecha.index.Fields;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
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
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteArrayDataInput;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unified highlighter over the text fields of the embedded index, reading only the stored lines
 * that hold a match. A text field holds one value per line (most of it the line's location key), and
 * the highlighter wants the whole field as one string, the values joined by its separator, since the
 * offsets in the postings count every value. Each report stores its lines' lengths
 * ({@link Fields#LINE_LENGTHS}); the lines without a match (found with the query's {@link Matches}, as the
 * highlighter finds them) are given as spaces of their length: the same offsets, the same passages, only
 * the matched lines decoded, and the report's stored values are left unread after its last matched line.
 * The highlighter then takes its offsets from those same {@link Matches} instead of building the
 * query's weight again for every report and field. An index without the lengths is read whole, as the
 * plain highlighter does.
 */
final class LineHighlighter extends UnifiedHighlighter {
    /** The highlighting under way on this thread: the query's weight and the matches of each report loaded. */
    private final ThreadLocal<Pass> pass = new ThreadLocal<>();

    LineHighlighter(Builder builder) {
        super(builder);
    }

    /** {@link #highlightFields(String[], Query, TopDocs, int[])}, loading only the matched lines. */
    Map<String, String[]> highlight(String[] fields, Query query, TopDocs docs, int[] maxPassages) throws IOException {
        pass.set(new Pass(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f)));
        try {
            return highlightFields(fields, query, docs, maxPassages);
        } finally {
            pass.remove();
        }
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        Pass p = pass.get();
        if (p == null) return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        List<CharSequence[]> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int sumChars = 0;
        do {
            int doc = docIter.nextDoc();
            if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Matches matches = p.weight.matches(leaf, doc - leaf.docBase);
            p.matches.put(new Report(leaf.reader(), doc - leaf.docBase), matches);
            MatchedLines visitor = new MatchedLines(fields, matches, getMaxLength());
            stored.document(doc, visitor);
            CharSequence[] values = visitor.values();
            out.add(values);
            for (CharSequence v : values) sumChars += v == null ? 0 : v.length();
        } while (sumChars <= cacheCharsThreshold && cacheCharsThreshold != 0);
        return out;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
        return offsetSource == OffsetSource.POSTINGS ? new KnownMatches(components)
                : super.getOffsetStrategy(offsetSource, components);
    }

    /** One report of one leaf. */
    private record Report(LeafReader reader, int doc) {
    }

    private static final class Pass {
        final Weight weight;
        final Map<Report, Matches> matches = new HashMap<>();

        Pass(Weight weight) {
            this.weight = weight;
        }
    }

    /**
     * Offsets from postings, through the matches {@link #loadFieldValues} found for the report (what the
     * plain strategy computes again with a weight of its own), else as the plain strategy does.
     */
    private final class KnownMatches extends PostingsOffsetStrategy {
        KnownMatches(UHComponents components) {
            super(components);
        }

        @Override
        protected void createOffsetsEnumsWeightMatcher(LeafReader reader, int doc, List<OffsetsEnum> results) throws IOException {
            Pass p = pass.get();
            Report report = new Report(reader, doc);
            if (p == null || !p.matches.containsKey(report)) {
                super.createOffsetsEnumsWeightMatcher(reader, doc, results);
                return;
            }
            Matches matches = p.matches.get(report);
            if (matches == null) return;
            for (String field : matches) {
                if (!components.getFieldMatcher().test(field)) continue;
                MatchesIterator it = matches.getMatches(field);
                if (it != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
            }
        }
    }

    /**
     * Collects the values of the highlighted fields of one report as the plain highlighter joins them,
     * a line without a match as spaces; stops reading once every line it needs was read. Selective once
     * the lengths are read (they are stored before the lines); a field whose lines come first, or whose
     * match offsets are unknown, or that is longer than the highlighter's limit, is read whole.
     */
    private static final class MatchedLines extends StoredFieldVisitor {
        private final String[] fields;
        private final Matches matches;
        private final int maxLength;
        /** Fields read whole: their values so far. */
        private final CharSequence[] whole;
        private final int[] seen;
        private int[][] lengths;
        /** Per field read selectively, its matched lines (null for the others); null for a field read whole. */
        private String[][] lines;
        /** Values still to be read; negative while unknown (everything is read). */
        private long pending = -1;
        private boolean started;
        private int current;

        MatchedLines(String[] fields, Matches matches, int maxLength) {
            this.fields = fields;
            this.matches = matches;
            this.maxLength = maxLength;
            this.whole = new CharSequence[fields.length];
            this.seen = new int[fields.length];
        }

        @Override
        public Status needsField(FieldInfo info) throws IOException {
            if (Fields.LINE_LENGTHS.equals(info.name)) return started ? Status.NO : Status.YES;
            if (pending == 0) return Status.STOP;
            current = Arrays.binarySearch(fields, info.name);
            if (current < 0) return Status.NO;
            started = true;
            int k = seen[current]++;
            if (lines == null || lines[current] == null) {
                if (pending > 0) pending--;
                return wholeNeeds();
            }
            if (k >= lines[current].length || lines[current][k] == null) return Status.NO;
            if (pending > 0) pending--;
            return Status.YES;
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
            lines = new String[fields.length][];
            pending = 0;
            for (int i = 0; i < fields.length; i++) {
                int f = Fields.TEXT_FIELDS.indexOf(fields[i]);
                if (f < 0) {
                    lengths[i] = new int[0];
                    pending = Long.MIN_VALUE; // a field of unknown lines: read to the end
                    continue;
                }
                lengths[i] = byField[f];
                int marked = mark(i);
                pending += marked >= 0 ? marked : lengths[i].length;
            }
        }

        /**
         * Marks the lines of field {@code i} holding a match (a placeholder in {@link #lines}); their number,
         * or -1 when that cannot be known exactly (the field is then read whole).
         */
        private int mark(int i) throws IOException {
            int[] len = lengths[i];
            int[] starts = new int[len.length];
            long total = -1;
            for (int k = 0; k < len.length; k++) {
                starts[k] = (int) (total + 1);
                total += len[k] + 1L;
            }
            if (total > maxLength) return -1;
            String[] wanted = new String[len.length];
            MatchesIterator it = matches == null ? null : matches.getMatches(fields[i]);
            int n = 0;
            while (it != null && it.next()) {
                int start = it.startOffset();
                int end = it.endOffset();
                if (start < 0 || end < start) return -1;
                for (int k : new int[]{line(starts, start), line(starts, Math.max(start, end - 1))}) {
                    if (wanted[k] == null) {
                        wanted[k] = "";
                        n++;
                    }
                }
            }
            lines[i] = wanted;
            return n;
        }

        private static int line(int[] starts, int offset) {
            int k = Arrays.binarySearch(starts, offset);
            return Math.max(0, k >= 0 ? k : -k - 2);
        }

        /** The plain highlighter's rule: every value, up to its limit. */
        private Status wholeNeeds() {
            CharSequence v = whole[current];
            return v != null && v.length() >= maxLength ? Status.NO : Status.YES;
        }

        @Override
        public void stringField(FieldInfo info, String value) {
            if (lines != null && lines[current] != null) {
                lines[current][seen[current] - 1] = value;
                return;
            }
            CharSequence v = whole[current];
            if (v == null) {
                whole[current] = value.substring(0, Math.min(maxLength, value.length()));
                return;
            }
            int budget = maxLength - v.length();
            if (budget <= 0) return;
            StringBuilder b = v instanceof StringBuilder sb ? sb : new StringBuilder(v);
            b.append(MULTIVAL_SEP_CHAR).append(value, 0, Math.min(budget - 1, value.length()));
            whole[current] = b;
        }

        /** Each field's value as the highlighter wants it; null for a field without lines. */
        CharSequence[] values() {
            CharSequence[] out = whole.clone();
            for (int i = 0; lines != null && i < fields.length; i++) {
                if (lines[i] != null && lines[i].length > 0) out[i] = joined(lengths[i], lines[i]);
            }
            return out;
        }

        /** The lines joined by the highlighter's separator, each line not read as spaces of its length. */
        private static String joined(int[] len, String[] read) {
            int total = len.length - 1;
            for (int l : len) total += l;
            char[] c = new char[total];
            Arrays.fill(c, ' ');
            int at = 0;
            for (int k = 0; k < len.length; k++) {
                if (k > 0) c[at++] = MULTIVAL_SEP_CHAR;
                String line = read[k];
                if (line != null) line.getChars(0, Math.min(line.length(), len[k]), c, at);
                at += len[k];
            }
            return new String(c);
        }
    }
}
