package io.hecha.solr;

import io.hecha.index.Fields;
import io.hecha.search.Condition;
import io.hecha.search.SearchRequest;
import io.hecha.search.TextClauses;
import org.apache.solr.client.solrj.util.ClientUtils;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Solr query syntax of a {@link SearchRequest}, built to ask exactly what the embedded index
 * asks: each text clause a phrase in a heading (boosted), the text or a table; the filters as
 * {@code fq} over the same fields with the same scaled numbers.
 */
final class SolrQueries {
    /** Solr's name of the report's score field: {@code score} is Solr's relevance. */
    static final String SCORE_FIELD = "reportScore";

    private SolrQueries() {
    }

    /** The Solr field of a hecha field (the same name, but for {@link Fields#SCORE}). */
    static String field(String hecha) {
        return Fields.SCORE.equals(hecha) ? SCORE_FIELD : hecha;
    }

    /** The hecha field of a Solr field. */
    static String hechaField(String solr) {
        return SCORE_FIELD.equals(solr) ? Fields.SCORE : solr;
    }

    /** The {@code q} of a request: its text clauses, or every report. */
    static String text(String query) {
        List<String> clauses = TextClauses.of(query);
        if (clauses.isEmpty()) return "*:*";
        StringBuilder b = new StringBuilder();
        for (String c : clauses) {
            String phrase = "\"" + c.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            if (b.length() > 0) b.append(' ');
            b.append("+(").append(Fields.TITLES).append(':').append(phrase).append('^').append(2)
                    .append(' ').append(Fields.TEXT).append(':').append(phrase)
                    .append(' ').append(Fields.CELLS).append(':').append(phrase).append(')');
        }
        return b.toString();
    }

    /** The filter queries of a request. */
    static List<String> filters(SearchRequest r) {
        List<String> out = new ArrayList<>();
        if (r.where() != null) out.add(where(r.where()));
        if (r.indicator() != null && !r.indicator().isBlank()) out.add(indicator(r.indicator(), r.below(), r.above()));
        return out;
    }

    static String where(Condition c) {
        if (c instanceof Condition.And a) return join(a.all(), " AND ");
        if (c instanceof Condition.Or o) return join(o.any(), " OR ");
        if (c instanceof Condition.Not n) return "(*:* -" + where(n.condition()) + ")";
        return compare((Condition.Compare) c);
    }

    private static String join(List<Condition> parts, String op) {
        List<String> s = new ArrayList<>();
        for (Condition p : parts) s.add(where(p));
        return "(" + String.join(op, s) + ")";
    }

    private static String compare(Condition.Compare c) {
        String f = field(c.field());
        if (Fields.isNumber(c.field())) {
            long v = Fields.scaled(new BigDecimal(c.value()));
            return switch (c.op()) {
                case EQ -> f + ":" + v;
                case NE -> "(*:* -" + f + ":" + v + ")";
                case LT -> f + ":[* TO " + (v - 1) + "]";
                case LE -> f + ":[* TO " + v + "]";
                case GT -> f + ":[" + (v + 1) + " TO *]";
                case GE -> f + ":[" + v + " TO *]";
                case CONTAINS -> throw new IllegalArgumentException("~ on a number field");
            };
        }
        String value = Fields.INDICATOR.equals(c.field()) ? Fields.normalizeName(c.value()) : c.value();
        return switch (c.op()) {
            case EQ -> f + ":" + quoted(value);
            case NE -> "(*:* -" + f + ":" + quoted(value) + ")";
            case CONTAINS -> f + ":*" + ClientUtils.escapeQueryChars(value) + "*";
            default -> throw new IllegalArgumentException(c.op() + " on a keyword field");
        };
    }

    static String indicator(String name, BigDecimal below, BigDecimal above) {
        if (below == null && above == null) return Fields.INDICATOR + ":" + quoted(Fields.normalizeName(name));
        String lo = above == null ? "*" : String.valueOf(Fields.scaled(above) + 1);
        String hi = below == null ? "*" : String.valueOf(Fields.scaled(below) - 1);
        return Fields.indicatorField(name, "rate") + ":[" + lo + " TO " + hi + "]";
    }

    private static String quoted(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
