package io.hecha.search;

import io.hecha.index.Fields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;

import java.math.BigDecimal;
import java.util.List;

/** Builds the Lucene query of a {@link SearchRequest}. */
final class LuceneQueries {
    /** Boost of a match in a heading over one in the body or a table. */
    static final float TITLE_BOOST = 2f;

    private LuceneQueries() {
    }

    /** The whole request: text (scored) and filters. */
    static Query of(SearchRequest r, Analyzer queryAnalyzer) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query text = text(r.query(), queryAnalyzer);
        b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        if (r.where() != null) b.add(where(r.where()), BooleanClause.Occur.FILTER);
        if (r.indicator() != null && !r.indicator().isBlank()) {
            b.add(indicator(r.indicator(), r.below(), r.above()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Each clause must match in a heading, the body text or a table; null for no text. */
    static Query text(String query, Analyzer analyzer) {
        List<String> clauses = TextClauses.of(query);
        if (clauses.isEmpty()) return null;
        QueryBuilder qb = new QueryBuilder(analyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String clause : clauses) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int n = 0;
            for (String field : Fields.TEXT_FIELDS) {
                Query q = qb.createPhraseQuery(field, clause);
                if (q == null) continue;
                any.add(Fields.TITLES.equals(field) ? new BoostQuery(q, TITLE_BOOST) : q, BooleanClause.Occur.SHOULD);
                n++;
            }
            all.add(n == 0 ? new MatchNoDocsQuery("no words in '" + clause + "'") : any.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    static Query where(Condition c) {
        if (c instanceof Condition.And a) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Condition x : a.all()) b.add(where(x), BooleanClause.Occur.FILTER);
            return b.build();
        }
        if (c instanceof Condition.Or o) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Condition x : o.any()) b.add(where(x), BooleanClause.Occur.SHOULD);
            return b.build();
        }
        if (c instanceof Condition.Not n) return not(where(n.condition()));
        return compare((Condition.Compare) c);
    }

    private static Query compare(Condition.Compare c) {
        if (Fields.isNumber(c.field())) {
            long v = Fields.scaled(new BigDecimal(c.value()));
            return switch (c.op()) {
                case EQ -> LongPoint.newExactQuery(c.field(), v);
                case NE -> not(LongPoint.newExactQuery(c.field(), v));
                case LT -> LongPoint.newRangeQuery(c.field(), Long.MIN_VALUE, v - 1);
                case LE -> LongPoint.newRangeQuery(c.field(), Long.MIN_VALUE, v);
                case GT -> LongPoint.newRangeQuery(c.field(), v + 1, Long.MAX_VALUE);
                case GE -> LongPoint.newRangeQuery(c.field(), v, Long.MAX_VALUE);
                case CONTAINS -> throw new IllegalArgumentException("~ on a number field");
            };
        }
        String value = Fields.INDICATOR.equals(c.field()) ? Fields.normalizeName(c.value()) : c.value();
        return switch (c.op()) {
            case EQ -> new TermQuery(new Term(c.field(), value));
            case NE -> not(new TermQuery(new Term(c.field(), value)));
            case CONTAINS -> new WildcardQuery(new Term(c.field(), "*" + escapeWildcards(value) + "*"));
            default -> throw new IllegalArgumentException(c.op() + " on a keyword field");
        };
    }

    /** Reports with the indicator, and when a bound is given, whose rate lies below / above it. */
    static Query indicator(String name, BigDecimal below, BigDecimal above) {
        if (below == null && above == null) return new TermQuery(new Term(Fields.INDICATOR, Fields.normalizeName(name)));
        long lo = above == null ? Long.MIN_VALUE : Fields.scaled(above) + 1;
        long hi = below == null ? Long.MAX_VALUE : Fields.scaled(below) - 1;
        return LongPoint.newRangeQuery(Fields.indicatorField(name, "rate"), lo, hi);
    }

    private static Query not(Query q) {
        return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(q, BooleanClause.Occur.MUST_NOT).build();
    }

    private static String escapeWildcards(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
