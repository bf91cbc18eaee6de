package io.hecha.extract.mapping;

import io.hecha.TestFiles;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.read.Readers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text a regex's every match contains: read conservatively, never ruling out a text that matches. */
class RequiredTextTest {
    @Test
    void topLevelRunsAndPlainAlternativesAreRequired() {
        assertEquals(List.of(List.of("评价", "综合", "总", "最终"), List.of("得分")),
                RequiredText.of("(?:评价|综合|总|最终)得分(?:为|是)?\\s*(?<value>[0-9]+)\\s*分?").required());
        assertEquals(List.of(List.of("委托")), RequiredText.of("委托\\s*(?<value>[\\u4e00-\\u9fa5]{2,40}?)").required());
        assertEquals(List.of(List.of("(注)")), RequiredText.of("\\(注\\)").required());
        assertEquals(List.of(List.of("部门整")), RequiredText.of("(?:部门)整体?").required(),
                "a group of one text joins the run; a character a quantifier makes optional leaves it");
    }

    @Test
    void whatAQuantifierMakesOptionalIsNotRequired() {
        assertEquals(List.of(List.of("年")), RequiredText.of("年度?").required());
        assertEquals(List.of(List.of("y")), RequiredText.of("x{0,3}y").required());
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), RequiredText.of("ab+c").required(),
                "a repeated character is required, but is not adjacent to what follows it");
        assertEquals(List.of(List.of("为")), RequiredText.of("[0-9]+分?[^。]{0,12}?为(?:优|良)?").required());
    }

    @Test
    void whatTheReadingDoesNotUnderstandRequiresNothing() {
        for (String re : List.of("a|b", "(?i)得分", "\\Q得分\\E", "(a)\\1", "(?>ab)", "得分[", "]得分")) {
            assertEquals(List.of(), RequiredText.of(re).required(), re);
            assertTrue(RequiredText.of(re).mayMatch(""), re);
        }
        assertEquals(List.of(List.of("得分")), RequiredText.of("(?<=总)得分(?!率)").required(), "lookarounds match no text");
    }

    @Test
    void aTextLackingARequiredPartCannotMatch() {
        RequiredText r = RequiredText.of("(?:优|良)等");
        assertTrue(r.mayMatch("评为良等"));
        assertFalse(r.mayMatch("评为良"));
        assertFalse(r.mayMatch("等级为中"));
    }

    /**
     * Every pattern of the bundled mappings, over every paragraph and cell of every fixture: where
     * the regex finds a match, the required text is there; and the prefilter does rule texts out.
     */
    @Test
    void neverRulesOutATextThatMatches() throws Exception {
        List<String> patterns = mappingPatterns();
        assertTrue(patterns.size() > 20, "the mappings' patterns were found: " + patterns.size());
        List<String> texts = fixtureTexts();
        long ruledOut = 0, matched = 0;
        for (String p : patterns) {
            Pattern regex = Placeholders.compile(p);
            RequiredText required = Placeholders.required(p);
            for (String t : texts) {
                boolean may = required.mayMatch(t);
                if (regex.matcher(t).find()) {
                    matched++;
                    assertTrue(may, () -> "pattern " + p + " (requires " + required + ") matches " + t);
                } else if (!may) {
                    ruledOut++;
                }
            }
        }
        assertTrue(matched > 50, "matches: " + matched);
        assertTrue(ruledOut > texts.size(), "texts ruled out without running the regex: " + ruledOut);
    }

    private static List<String> mappingPatterns() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of("mappings"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                boolean inList = false;
                for (String line : Files.readAllLines(f)) {
                    String s = line.strip();
                    if (s.matches("[A-Za-z]*[pP]atterns:\\s*(#.*)?")) {
                        inList = true;
                    } else if (inList && s.startsWith("- '")) {
                        out.add(s.substring(3, s.lastIndexOf('\'')).replace("''", "'"));
                    } else if (!s.isEmpty() && !s.startsWith("#")) {
                        inList = false;
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> fixtureTexts() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.fixtures())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".docx") || f.toString().endsWith(".pdf")).sorted().toList()) {
                Document d = Readers.read(f);
                for (Paragraph p : d.paragraphs()) out.add(p.text());
                for (Table t : d.tables()) {
                    for (int r = 0; r < t.rowCount(); r++) {
                        for (int c = 0; c < t.columnCount(); c++) out.add(t.text(r, c));
                    }
                }
            }
        }
        return out;
    }
}
