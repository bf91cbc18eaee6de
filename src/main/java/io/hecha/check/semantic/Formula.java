package io.hecha.check.semantic;

import io.hecha.interpret.Interval;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A score formula written out in a 评分说明 or sentence, "得分=1*75.99%=0.76" or
 * "得分=94.40%×5=4.72分": its expression (numbers, percentages, + − × ÷ and parentheses) and its
 * printed result. The expression is evaluated on intervals: whole numbers (weights) are exact, a
 * decimal or a percentage stands for its rounding interval.
 */
record Formula(String text, String expression, DisplayedNumber result, List<String> operands) {
    private static final Pattern FORMULA = Pattern.compile(
            "得分\\s*[=＝]\\s*([0-9０-９.．%％×xX*＊/÷+＋\\-－−（）()\\s分]+?)\\s*[=＝]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分?");
    private static final Pattern TOKEN = Pattern.compile("(\\d+(?:\\.\\d+)?)(%)?|([×xX*＊/÷+＋\\-－−（）()])");

    /** Every formula in a text. */
    static List<Formula> find(String text) {
        List<Formula> out = new ArrayList<>();
        Matcher m = FORMULA.matcher(DisplayedNumber.normalize(text).replace('．', '.'));
        while (m.find()) {
            String expr = m.group(1).replace("分", "").strip();
            if (!expr.matches(".*[×xX*＊/÷+＋\\-－−].*")) continue;
            DisplayedNumber result = DisplayedNumber.parse(m.group(2)).orElse(null);
            if (result == null) continue;
            List<String> ops = new ArrayList<>();
            Matcher t = TOKEN.matcher(expr);
            while (t.find()) if (t.group(1) != null) ops.add(t.group(1) + (t.group(2) == null ? "" : "%"));
            out.add(new Formula(m.group().strip(), expr, result, ops));
        }
        return out;
    }

    /** The expression's value as an interval, or null when it cannot be read. */
    Interval value() {
        try {
            List<Object> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(expression);
            int pos = 0;
            while (t.find()) {
                if (!expression.substring(pos, t.start()).isBlank()) return null;
                pos = t.end();
                if (t.group(1) != null) {
                    BigDecimal v = new BigDecimal(t.group(1));
                    int dec = v.scale() < 0 ? 0 : v.scale();
                    Interval i = dec == 0 && t.group(2) == null ? Interval.exact(v) : Interval.rounded(v, dec);
                    if (t.group(2) != null) i = i.scale(new BigDecimal("0.01"));
                    tokens.add(i);
                } else {
                    tokens.add(normalizeOp(t.group(3)));
                }
            }
            if (!expression.substring(pos).isBlank()) return null;
            return evaluate(tokens);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Character normalizeOp(String s) {
        return switch (s) {
            case "×", "x", "X", "*", "＊" -> '*';
            case "/", "÷" -> '/';
            case "+", "＋" -> '+';
            case "（", "(" -> '(';
            case "）", ")" -> ')';
            default -> '-';
        };
    }

    private static int prec(char op) {
        return op == '*' || op == '/' ? 2 : op == '+' || op == '-' ? 1 : 0;
    }

    private static Interval evaluate(List<Object> tokens) {
        Deque<Interval> vals = new ArrayDeque<>();
        Deque<Character> ops = new ArrayDeque<>();
        for (Object o : tokens) {
            if (o instanceof Interval i) {
                vals.push(i);
            } else {
                char c = (Character) o;
                if (c == '(') {
                    ops.push(c);
                } else if (c == ')') {
                    while (!ops.isEmpty() && ops.peek() != '(') apply(vals, ops.pop());
                    if (ops.isEmpty()) return null;
                    ops.pop();
                } else {
                    while (!ops.isEmpty() && prec(ops.peek()) >= prec(c)) apply(vals, ops.pop());
                    ops.push(c);
                }
            }
        }
        while (!ops.isEmpty()) {
            char c = ops.pop();
            if (c == '(') return null;
            apply(vals, c);
        }
        return vals.size() == 1 ? vals.pop() : null;
    }

    private static void apply(Deque<Interval> vals, char op) {
        Interval b = vals.pop(), a = vals.pop();
        Interval r = switch (op) {
            case '+' -> a.add(b);
            case '-' -> a.subtract(b);
            case '*' -> a.multiply(b);
            default -> a.divide(b);
        };
        if (r == null) throw new ArithmeticException("division by an interval containing 0");
        vals.push(r);
    }
}
