package io.hecha.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhereParserTest {
    private static Condition.Compare cmp(String f, Condition.Op op, String v) {
        return new Condition.Compare(f, op, v);
    }

    @Test
    void andBindsTighterThanOr() throws QuerySyntaxException {
        Condition c = WhereParser.parse("year>=2023 AND score<80 or grade=优");
        assertEquals(new Condition.Or(List.of(
                new Condition.And(List.of(cmp("year", Condition.Op.GE, "2023"), cmp("score", Condition.Op.LT, "80"))),
                cmp("grade", Condition.Op.EQ, "优"))), c);
    }

    @Test
    void parenthesesNotQuotesAndDottedValues() throws QuerySyntaxException {
        Condition c = WhereParser.parse("NOT (type~自评 OR subject='青禾县 交通运输局') AND error=fixed-assets.net-value");
        assertEquals(new Condition.And(List.of(
                new Condition.Not(new Condition.Or(List.of(cmp("type", Condition.Op.CONTAINS, "自评"),
                        cmp("subject", Condition.Op.EQ, "青禾县 交通运输局")))),
                cmp("error", Condition.Op.EQ, "fixed-assets.net-value"))), c);
        assertEquals(cmp("shortName", Condition.Op.NE, "县交通局"), WhereParser.parse("SHORTNAME != 县交通局"));
    }

    @Test
    void mistakesSayWhatAndWhere() {
        assertMessage("nope=1", "unknown field 'nope'");
        assertMessage("score<abc", "not a number");
        assertMessage("grade<优", "is a keyword field");
        assertMessage("year~20", "'~' compares keywords");
        assertMessage("year>=2023 AND", "missing at the end");
        assertMessage("(year=2024", "missing ')'");
        assertMessage("subject='x", "unclosed quote");
        assertMessage("year 2024", "expected an operator");
    }

    private static void assertMessage(String where, String part) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> WhereParser.parse(where));
        assertTrue(e.getMessage().contains(part) && e.getMessage().contains("position"), e.getMessage());
    }
}
