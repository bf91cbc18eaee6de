package io.hecha.read.layout;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where printed lines start paragraphs: a body set from 71 to 532 pt in 15 pt type with a 31 pt
 * line pitch and a two-character first-line indent (103 pt), as Chinese official documents are.
 */
class ParagraphAssemblerTest {
    private static final BodyMetrics BODY = new BodyMetrics(71, 532, 15, 31, Map.of(15.0, 31.0));

    /** A line of {@code text} set from {@code x0} to {@code x1} in {@code size} pt type. */
    private static TextLine line(String text, double x0, double x1, double baseline, double size, boolean bold) {
        double[] ends = new double[text.length()];
        for (int i = 0; i < ends.length; i++) ends[i] = x0 + (i + 1) * (x1 - x0) / ends.length;
        return new TextLine(1, text, x0, x1, baseline - size, baseline, baseline, size, bold, ends);
    }

    private static List<String> paragraphs(TextLine... lines) {
        return ParagraphAssembler.assemble(List.<Object>of(lines), p -> BODY).stream()
                .map(b -> ((LaidOut.Para) b).text()).toList();
    }

    @Test
    void aBoldRunInTitleThatFillsItsLineGoesOnInTheBody() {
        TextLine title = line("7.社会保障和就业（类）行政事业单位离退休（款）归口管", 103, 524, 100, 15, true);
        TextLine body = line("理的行政单位离退休（项）。年初预算为1017.2万元，支出决算", 71, 524, 131, 15, false);
        assertEquals(1, paragraphs(title, body).size());
    }

    @Test
    void aBoldTitleEndingShortOrFollowedByAnIndentStartsANewParagraph() {
        TextLine shortTitle = line("（二）部门决算中项目绩效自评结果", 103, 360, 100, 15, true);
        TextLine body = line("本部门在年度决算中反映了四个项目的绩效自评结果，全部按要", 103, 524, 131, 15, false);
        assertEquals(2, paragraphs(shortTitle, body).size());
        TextLine fullTitle = line("（二）部门决算中项目绩效自评结果及部门评价项目绩效评价", 103, 524, 100, 15, true);
        assertEquals(2, paragraphs(fullTitle, body).size(), "an indented line after a full bold line starts the body");
    }

    @Test
    void aCentredTitleTooLongForOneLineIsOneParagraph() {
        TextLine first = line("国家信访局2024年度部门决", 72.6, 522.6, 400, 36, true);
        TextLine second = line("算情况说明", 207.6, 387.6, 447, 36, true);
        assertEquals(List.of("国家信访局2024年度部门决算情况说明"), paragraphs(first, second));
        TextLine offAxis = line("算情况说明", 267.6, 447.6, 447, 36, true);
        assertEquals(2, paragraphs(first, offAxis).size(), "a line off the first line's axis is no continuation");
    }

    @Test
    void anIndentedBodyLineAfterAFullBodyLineStartsAParagraph() {
        TextLine full = line("根据预算绩效管理要求，本部门组织对年度一般公共预算项目支出全面开", 71, 524, 100, 15, false);
        TextLine centred = line("展绩效自评工作。", 237.5, 357.5, 131, 15, false);
        assertEquals(2, paragraphs(full, centred).size(), "regular body text is no centred title");
        assertEquals(1, paragraphs(full, line("展绩效自评工作。", 71, 191, 131, 15, false)).size());
    }
}
