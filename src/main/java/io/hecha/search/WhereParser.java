package io.hecha.search;

import io.hecha.index.Fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses {@code --where} expressions: comparisons joined by {@code AND}, {@code OR}, {@code NOT} and
 * parentheses (AND binds tighter than OR; the words in any case), e.g.
 * {@code year>=2023 AND score<80}, {@code error=fixed-assets.net-value AND year=2024},
 * {@code (grade=优 OR grade=良) AND NOT type~自评}.
 * A comparison is {@code FIELD OP VALUE}: OP is {@code = != < <= > >=} or {@code ~} (contains);
 * VALUE is a word, or quoted with {@code "…"} or {@code '…'}. Number fields
 * ({@link Fields#NUMBERS}) take decimals and every operator but {@code ~}; keyword fields
 * ({@link Fields#KEYWORDS}) take {@code = != ~}.
 */
public final class WhereParser {
    private final String text;
    private int pos;

    private WhereParser(String text) {
        this.text = text;
    }

    /** The condition of an expression. */
    public static Condition parse(String expression) throws QuerySyntaxException {
        WhereParser p = new WhereParser(expression);
        Condition c = p.or();
        p.skipSpace();
        if (p.pos < p.text.length()) throw p.error("unexpected '" + p.text.substring(p.pos) + "'");
        return c;
    }

    private Condition or() throws QuerySyntaxException {
        List<Condition> any = new ArrayList<>();
        any.add(and());
        while (keyword("OR")) any.add(and());
        return any.size() == 1 ? any.get(0) : new Condition.Or(any);
    }

    private Condition and() throws QuerySyntaxException {
        List<Condition> all = new ArrayList<>();
        all.add(not());
        while (keyword("AND")) all.add(not());
        return all.size() == 1 ? all.get(0) : new Condition.And(all);
    }

    private Condition not() throws QuerySyntaxException {
        if (keyword("NOT")) return new Condition.Not(not());
        skipSpace();
        if (peek() == '(') {
            pos++;
            Condition c = or();
            skipSpace();
            if (peek() != ')') throw error("missing ')'");
            pos++;
            return c;
        }
        return comparison();
    }

    private Condition comparison() throws QuerySyntaxException {
        skipSpace();
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos)) && text.charAt(pos) < 128) pos++;
        if (start == pos) throw error(pos >= text.length() ? "a comparison is missing at the end" : "expected a field name");
        String field = text.substring(start, pos);
        String known = knownField(field);
        if (known == null) {
            pos = start;
            throw error("unknown field '" + field + "' (numbers: " + String.join(", ", Fields.NUMBERS)
                    + "; keywords: " + String.join(", ", Fields.KEYWORDS) + ")");
        }
        skipSpace();
        Condition.Op op = operator();
        skipSpace();
        String value = value();
        boolean number = Fields.isNumber(known);
        if (number && op == Condition.Op.CONTAINS) throw error("'~' compares keywords, not the number field " + known);
        if (!number && op != Condition.Op.EQ && op != Condition.Op.NE && op != Condition.Op.CONTAINS) {
            throw error("'" + op.symbol() + "' compares numbers; " + known + " is a keyword field (use = != ~)");
        }
        if (number) {
            try {
                new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw error(known + " is a number field: '" + value + "' is not a number");
            }
        }
        return new Condition.Compare(known, op, value);
    }

    private static String knownField(String name) {
        for (List<String> list : List.of(Fields.NUMBERS, Fields.KEYWORDS)) {
            for (String f : list) {
                if (f.equalsIgnoreCase(name)) return f;
            }
        }
        return null;
    }

    private Condition.Op operator() throws QuerySyntaxException {
        String[] symbols = {"!=", "<=", ">=", "=", "<", ">", "~", ":"};
        for (String s : symbols) {
            if (text.startsWith(s, pos)) {
                pos += s.length();
                return switch (s) {
                    case "!=" -> Condition.Op.NE;
                    case "<=" -> Condition.Op.LE;
                    case ">=" -> Condition.Op.GE;
                    case "<" -> Condition.Op.LT;
                    case ">" -> Condition.Op.GT;
                    case "~" -> Condition.Op.CONTAINS;
                    default -> Condition.Op.EQ;
                };
            }
        }
        throw error("expected an operator (= != < <= > >= ~)");
    }

    private String value() throws QuerySyntaxException {
        char c = peek();
        if (c == '"' || c == '\'') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) throw error("unclosed quote");
            String v = text.substring(pos + 1, end);
            pos = end + 1;
            return v;
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ')'
                && text.charAt(pos) != '(') pos++;
        if (start == pos) throw error("a value is missing");
        return text.substring(start, pos);
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (end > text.length() || !text.substring(pos, end).toUpperCase(Locale.ROOT).equals(word)) return false;
        if (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '(') return false;
        pos = end;
        return true;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private QuerySyntaxException error(String why) {
        return new QuerySyntaxException("--where: " + why + " at position " + (pos + 1) + " of '" + text + "'");
    }
}
