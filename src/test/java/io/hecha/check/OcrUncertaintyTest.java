package io.hecha.check;

import io.hecha.check.Finding.Evidence;
import io.hecha.model.Block;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Location;
import io.hecha.model.OcrConfidence;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An error that rests on a digit OCR was unsure of is a warning "OCR uncertain"; a sure one stays an error. */
class OcrUncertaintyTest {
    private static final Source SOURCE = new Source("scan.pdf", "00", "pdf", "application/pdf", 1, "ok");

    private static OcrConfidence unsure(int start, int end) {
        return new OcrConfidence(0.6, List.of(new OcrConfidence.Range(start, end)));
    }

    private static TableCell cell(int r, int c, String text, OcrConfidence ocr) {
        return new TableCell(r, c, 1, 1, text, List.of(), List.of(), new Provenance(1, "", 1, null).withOcr(ocr), null);
    }

    /** 合计 row: 2303.82 (sure) and 1369.97 with its 6 uncertain; a paragraph whose 1363.97 has an unsure 3. */
    private static Document document(OcrConfidence total, OcrConfidence sentence) {
        Table t = new Table("表7", "表7 固定资产情况表", "", 1, List.of(
                cell(0, 0, "合计", new OcrConfidence(0.99, List.of())),
                cell(0, 1, "2303.82", new OcrConfidence(0.99, List.of())),
                cell(0, 2, "1369.97", total)), List.of(List.of("合计", "2303.82", "1369.97")), Provenance.at(1));
        Paragraph p = new Paragraph("原值2303.82万元，净值合计1363.97万元。", "", "", 0, List.of(),
                new Provenance(0, "", 1, null).withOcr(sentence));
        return new Document(SOURCE, List.of(), List.<Block>of(p, t), List.of(), List.of());
    }

    private static Finding netValue(Document d) {
        Table t = d.tables().get(0);
        Location claim = Location.paragraph(0, d.paragraphs().get(0)).withChars(0, 24);
        Location cell = Location.cell(0, t, 0, 2, "合计", "净值", t.cellAt(0, 2).provenance(), "");
        return new Finding("fixed-assets.net-value", Severity.ERROR, "净值为1363.97，而原值 − 累计折旧 = 1369.97", claim,
                List.of(new Evidence("1369.97", cell)), List.of("1363.97", "2303.82", "1369.97"), "", "1363.97");
    }

    @Test
    void anUncertainDigitInACellTheFindingComparesMakesItAWarning() {
        Document d = document(unsure(3, 4), new OcrConfidence(0.99, List.of()));
        List<Finding> out = OcrUncertainty.demote(d, List.of(netValue(d)));
        assertEquals(Severity.WARNING, out.get(0).severity());
        assertTrue(out.get(0).message().startsWith(OcrUncertainty.PREFIX), out.get(0).message());
        assertEquals("fixed-assets.net-value", out.get(0).rule());
    }

    @Test
    void anUncertainDigitOfTheClaimInTheSentenceToo() {
        int at = "原值2303.82万元，净值合计1363.97万元。".indexOf("1363.97");
        Document d = document(new OcrConfidence(0.99, List.of()), unsure(at + 2, at + 3));
        assertEquals(Severity.WARNING, OcrUncertainty.demote(d, List.of(netValue(d))).get(0).severity());
    }

    @Test
    void uncertaintyElsewhereLeavesTheErrorStanding() {
        // the uncertain character is the 万 after the number, not a digit of a compared value
        int wan = "原值2303.82万元，净值合计1363.97万元。".indexOf("万元。");
        Document d = document(new OcrConfidence(0.99, List.of()), unsure(wan, wan + 1));
        Finding f = netValue(d);
        List<Finding> out = OcrUncertainty.demote(d, List.of(f));
        assertSame(f, out.get(0));
        // a document without OCR is left alone
        Document plain = new Document(SOURCE, List.of(), List.of(), List.of(), List.of());
        assertSame(f, OcrUncertainty.demote(plain, List.of(f)).get(0));
        // a warning stays what it is
        Finding w = new Finding("x", Severity.WARNING, "m", f.location(), f.evidence(), f.values(), "", "");
        assertSame(w, OcrUncertainty.demote(document(unsure(0, 7), unsure(0, 30)), List.of(w)).get(0));
    }
}
