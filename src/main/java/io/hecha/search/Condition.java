package io.hecha.search;

import java.util.List;

/** A structured filter, as parsed from {@code --where} (see {@link WhereParser}). */
public sealed interface Condition {
    /** All must hold. */
    record And(List<Condition> all) implements Condition {
        public And {
            all = List.copyOf(all);
        }
    }

    /** One must hold. */
    record Or(List<Condition> any) implements Condition {
        public Or {
            any = List.copyOf(any);
        }
    }

    /** Must not hold. */
    record Not(Condition condition) implements Condition {
    }

    /**
     * A comparison of a field with a value.
     *
     * @param field a keyword or number field of {@link io.hecha.index.Fields}
     * @param op    the operator
     * @param value the value as written (a decimal for number fields)
     */
    record Compare(String field, Op op, String value) implements Condition {
    }

    /** Comparison operators; {@link #CONTAINS} ({@code ~}) is for keyword fields only, the order operators for numbers only. */
    enum Op {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), CONTAINS("~");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
