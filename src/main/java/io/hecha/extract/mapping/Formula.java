package io.hecha.extract.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A relation between concepts as a mapping declares it: {@code 预算执行率 = 执行数 / 预算数},
 * {@code 净值 = 原值 - 累计折旧}, {@code 得分 <= 分值}, {@code 总分 = sum(得分)}. The left side is the
 * concept whose stated values are the claims; the right side an expression of concepts, numbers,
 * {@code + - * /} (also {@code × ÷ −}), parentheses and {@code sum(X)} (the parts of a total).
 *
 * @param text  the formula as written
 * @param claim the concept on the left
 * @param op    {@code =} or {@code <=}
 * @param expr  the right side
 * @param within the widest place its facts may come from ({@code sentence}, {@code row},
 *               {@code paragraph}, {@code section}, {@code text-table}), "" for any: written
 *               {@code … @row} at the end
 */
public record Formula(String text, String claim, String op, Expr expr, String within) {
    /** The places a formula may be limited to, from the narrowest. */
    public static final List<String> SCOPES = List.of("sentence", "row", "paragraph", "section", "text-table");

    /** A node of the right side. */
    public sealed interface Expr permits Ref, Num, Bin, Sum, Call {
    }

    /** {@code min(a, b)} or {@code max(a, b)}. */
    public record Call(String name, Expr left, Expr right) implements Expr {
    }

    /** A concept (or a role name such as 本期, 基期). */
    public record Ref(String name) implements Expr {
    }

    /** A number. */
    public record Num(BigDecimal value) implements Expr {
    }

    /** {@code left op right}, op one of + - * /. */
    public record Bin(char op, Expr left, Expr right) implements Expr {
    }

    /** The sum of the parts of a total, each of concept {@code name}. */
    public record Sum(String name) implements Expr {
    }

    /** The concepts the right side sums ({@code sum(X)}). */
    public Set<String> sums() {
        Set<String> out = new LinkedHashSet<>();
        walk(expr, e -> {
            if (e instanceof Sum s) out.add(s.name());
        });
        return out;
    }

    /** The concepts (and role names) the right side names outside {@code sum()}, in order of first use. */
    public Set<String> operands() {
        Set<String> out = new LinkedHashSet<>();
        walk(expr, e -> {
            if (e instanceof Ref r) out.add(r.name());
        });
        return out;
    }

    /** Every node of an expression, left to right. */
    private static void walk(Expr e, java.util.function.Consumer<Expr> visit) {
        visit.accept(e);
        if (e instanceof Bin b) {
            walk(b.left(), visit);
            walk(b.right(), visit);
        } else if (e instanceof Call c) {
            walk(c.left(), visit);
            walk(c.right(), visit);
        }
    }

    /** True when the right side divides or multiplies (its result is rounded to the claim's decimals). */
    public boolean multiplicative() {
        return mult(expr);
    }

    private static boolean mult(Expr e) {
        if (e instanceof Call c) return mult(c.left()) || mult(c.right());
        return e instanceof Bin b && (b.op() == '*' || b.op() == '/' || mult(b.left()) || mult(b.right()));
    }

    /**
     * Parses a formula.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Formula parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty relation");
        String within = "";
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\s@(\\S+)\\s*$").matcher(text);
        String body = text;
        if (w.find()) {
            within = w.group(1);
            if (!SCOPES.contains(within)) throw new IllegalArgumentException("relation '" + text + "': unknown scope '@" + within + "' (known: " + SCOPES + ")");
            body = text.substring(0, w.start());
        }
        List<String> tokens = tokens(body);
        int eq = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("=") || tokens.get(i).equals("<=")) {
                eq = i;
                break;
            }
        }
        if (eq != 1 || !isName(tokens.get(0))) {
            throw new IllegalArgumentException("relation '" + text + "' must read 'concept = expression' or 'concept <= expression'");
        }
        Parser p = new Parser(tokens.subList(2, tokens.size()), text);
        Expr e = p.expression();
        if (p.at < p.tokens.size()) throw new IllegalArgumentException("relation '" + text + "': unexpected '" + p.tokens.get(p.at) + "'");
        return new Formula(text.strip(), tokens.get(0), tokens.get(1), e, within);
    }

    private static boolean isName(String t) {
        return !t.isEmpty() && !"+-*/()=<,".contains(t.substring(0, 1)) && !Character.isDigit(t.charAt(0)) && !t.equals("<=");
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '<' || c == '≤') {
                if (c == '<' && (i + 1 >= s.length() || s.charAt(i + 1) != '=')) throw new IllegalArgumentException("relation '" + s + "': '<' must be '<='");
                out.add("<=");
                i += c == '<' ? 2 : 1;
            } else if ("+-*/()=×÷−－（）,，".indexOf(c) >= 0) {
                out.add(switch (c) {
                    case '×' -> "*";
                    case '÷' -> "/";
                    case '−', '－' -> "-";
                    case '（' -> "(";
                    case '）' -> ")";
                    case '，' -> ",";
                    default -> String.valueOf(c);
                });
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                out.add(s.substring(i, j));
                i = j;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "+-*/()=<≤×÷−－（）,，".indexOf(s.charAt(j)) < 0) j++;
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private static final class Parser {
        final List<String> tokens;
        final String text;
        int at;

        Parser(List<String> tokens, String text) {
            this.tokens = tokens;
            this.text = text;
        }

        Expr expression() {
            Expr e = term();
            while (at < tokens.size() && (tokens.get(at).equals("+") || tokens.get(at).equals("-"))) {
                char op = tokens.get(at++).charAt(0);
                e = new Bin(op, e, term());
            }
            return e;
        }

        Expr term() {
            Expr e = factor();
            while (at < tokens.size() && (tokens.get(at).equals("*") || tokens.get(at).equals("/"))) {
                char op = tokens.get(at++).charAt(0);
                e = new Bin(op, e, factor());
            }
            return e;
        }

        Expr factor() {
            if (at >= tokens.size()) throw new IllegalArgumentException("relation '" + text + "' ends too early");
            String t = tokens.get(at++);
            if (t.equals("(")) {
                Expr e = expression();
                expect(")");
                return e;
            }
            if (Character.isDigit(t.charAt(0))) return new Num(new BigDecimal(t));
            if (!isName(t)) throw new IllegalArgumentException("relation '" + text + "': unexpected '" + t + "'");
            if ((t.equals("min") || t.equals("max")) && at < tokens.size() && tokens.get(at).equals("(")) {
                at++;
                Expr a = expression();
                expect(",");
                Expr b = expression();
                expect(")");
                return new Call(t, a, b);
            }
            if (t.equals("sum") && at < tokens.size() && tokens.get(at).equals("(")) {
                at++;
                String name = tokens.get(at++);
                if (!isName(name)) throw new IllegalArgumentException("relation '" + text + "': sum() needs a concept");
                expect(")");
                return new Sum(name);
            }
            return new Ref(t);
        }

        void expect(String t) {
            if (at >= tokens.size() || !tokens.get(at).equals(t)) throw new IllegalArgumentException("relation '" + text + "': missing '" + t + "'");
            at++;
        }
    }
}
