package io.hecha.extract.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Text every match of a regular expression contains, found from the expression alone: the runs of
 * plain characters at its top level ("得分" in {@code (?:评价|综合)得分(?:为)?\s*…}) and its top-level
 * groups of plain alternatives ({@code (?:优|良|中|差)}), leaving out whatever a quantifier makes
 * optional. A text that lacks one of them cannot match, so the matcher need not run over it: a
 * substring search is far cheaper than a regex that tries every starting position. The reading is
 * conservative: an expression it does not fully understand (top-level alternation, inline flags,
 * quoting) requires nothing, and then every text may match.
 */
public final class RequiredText {
    private static final RequiredText NOTHING = new RequiredText(List.of());
    private static final String META = "\\^$.|?*+()[]{}";

    /** Each entry: alternatives of which at least one occurs in every match. */
    private final List<List<String>> required;

    private RequiredText(List<List<String>> required) {
        this.required = required;
    }

    /** What every match of {@code regex} (an expanded pattern, compiled without flags) contains. */
    public static RequiredText of(String regex) {
        try {
            return new Reader(regex).read();
        } catch (Unsupported | RuntimeException e) {
            return NOTHING;
        }
    }

    /** False only when {@code text} lacks something every match contains (then it cannot match). */
    public boolean mayMatch(String text) {
        for (List<String> any : required) {
            boolean found = false;
            for (String s : any) {
                if (text.contains(s)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** The required texts, each a list of alternatives (for tests and diagnostics). */
    public List<List<String>> required() {
        return required;
    }

    @Override
    public String toString() {
        return required.toString();
    }

    /** A construct this reading does not handle. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        private final String re;
        private int i;
        private final List<List<String>> out = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();

        Reader(String re) {
            this.re = re;
        }

        RequiredText read() throws Unsupported {
            while (i < re.length()) {
                char c = re.charAt(i);
                if (c == '|' || c == ')') throw new Unsupported();
                if (c == '\\') {
                    atom(escape());
                } else if (c == '[') {
                    skipClass();
                    atom(null);
                } else if (c == '(') {
                    atom(group());
                } else if (c == '.' || c == '^' || c == '$') {
                    i++;
                    atom(null);
                } else if (META.indexOf(c) >= 0) {
                    throw new Unsupported(); // a quantifier with nothing before it
                } else {
                    i++;
                    atom(List.of(String.valueOf(c)));
                }
            }
            flush();
            return out.isEmpty() ? NOTHING : new RequiredText(List.copyOf(out));
        }

        /**
         * One atom read, {@code literal} its alternatives (one for a plain character) or null when
         * it matches no fixed text; its quantifier decides whether it is required.
         */
        private void atom(List<String> literal) throws Unsupported {
            int min = quantifier();
            if (literal == null || min == 0) {
                flush();
                return;
            }
            if (literal.size() == 1 && min == 1 && !quantified) {
                run.append(literal.get(0));
                return;
            }
            flush();
            if (literal.size() == 1) run.append(literal.get(0)); else out.add(literal);
            flush(); // repeated: what follows is not adjacent to a single copy
        }

        private boolean quantified;

        /** The quantifier after an atom, consumed: its minimum count (1 when there is none). */
        private int quantifier() throws Unsupported {
            quantified = false;
            if (i >= re.length()) return 1;
            char c = re.charAt(i);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                i++;
            } else if (c == '+') {
                min = 1;
                i++;
            } else if (c == '{') {
                int close = re.indexOf('}', i);
                if (close < 0) throw new Unsupported();
                String body = re.substring(i + 1, close);
                String low = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                if (!low.matches("[0-9]+")) throw new Unsupported();
                min = Integer.parseInt(low);
                i = close + 1;
            } else {
                return 1;
            }
            quantified = true;
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) i++; // lazy, possessive
            return min;
        }

        private void flush() {
            if (run.length() > 0) out.add(List.of(run.toString()));
            run.setLength(0);
        }

        /** An escape at {@code i}: the character it stands for, or null for a class or anchor. */
        private List<String> escape() throws Unsupported {
            if (i + 1 >= re.length()) throw new Unsupported();
            char n = re.charAt(i + 1);
            i += 2;
            if (Character.isLetterOrDigit(n)) {
                if (n == 'Q' || n == 'E' || n == 'k' || Character.isDigit(n)) throw new Unsupported();
                if ((n == 'p' || n == 'P' || n == 'x' || n == 'N') && i < re.length() && re.charAt(i) == '{') {
                    int close = re.indexOf('}', i);
                    if (close < 0) throw new Unsupported();
                    i = close + 1;
                } else if (n == 'p' || n == 'P') {
                    i++; // one-letter property name
                } else if (n == 'x') {
                    i += 2;
                } else if (n == 'u') {
                    i += 4;
                } else if (n == 'c') {
                    i++;
                } else if (n == '0') {
                    throw new Unsupported();
                }
                return null;
            }
            return List.of(String.valueOf(n));
        }

        private void skipClass() throws Unsupported {
            skipBalanced('[', ']');
        }

        /**
         * A group at {@code i}, consumed: its alternatives when it is a capturing, named or
         * non-capturing group of plain texts only, else null (lookarounds included, which match
         * no text of their own).
         */
        private List<String> group() throws Unsupported {
            int start = i + 1;
            int body = start;
            if (start < re.length() && re.charAt(start) == '?') {
                char k = start + 1 < re.length() ? re.charAt(start + 1) : 0;
                if (k == ':') {
                    body = start + 2;
                } else if (k == '<' && start + 2 < re.length() && Character.isLetter(re.charAt(start + 2))) {
                    body = re.indexOf('>', start) + 1;
                    if (body <= 0) throw new Unsupported();
                } else if (k == '=' || k == '!' || k == '<') {
                    body = -1; // lookaround
                } else {
                    throw new Unsupported(); // inline flags, atomic groups
                }
            }
            int end = closing();
            if (body < 0) return null;
            String inner = re.substring(body, end - 1);
            List<String> alternatives = new ArrayList<>();
            for (String alt : inner.split("\\|", -1)) {
                if (alt.isEmpty()) return null;
                for (int k = 0; k < alt.length(); k++) {
                    if (META.indexOf(alt.charAt(k)) >= 0) return null;
                }
                alternatives.add(alt);
            }
            return alternatives;
        }

        /** Moves past the group opened at {@code i}; returns the index after its ')'. */
        private int closing() throws Unsupported {
            skipBalanced('(', ')');
            return i;
        }

        /**
         * Moves past the bracket {@code open} at {@code i} and its matching {@code close}, stepping
         * over escapes (and, in a group, over character classes).
         */
        private void skipBalanced(char open, char close) throws Unsupported {
            int depth = 0;
            while (i < re.length()) {
                char c = re.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[' && open == '(') {
                    skipClass();
                    continue;
                }
                if (c == open) depth++;
                if (c == close && --depth == 0) {
                    i++;
                    return;
                }
                i++;
            }
            throw new Unsupported();
        }
    }
}
