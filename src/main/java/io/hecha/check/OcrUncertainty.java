package io.hecha.check;

import io.hecha.check.Finding.Evidence;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Location;
import io.hecha.model.OcrConfidence;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Table;
import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.List;

/**
 * The last step of checking a document read (in part) by OCR: an error whose numbers stand where
 * the recogniser was unsure of a digit is not an error of the document but maybe of the reading,
 * so it becomes a warning marked {@value #PREFIX}. A number counts as uncertain when one of the
 * finding's printed values, where it stands in the cell or sentence, covers an uncertain
 * character ({@link OcrConfidence}); when no value can be found there, any uncertain digit does.
 */
final class OcrUncertainty {
    static final String PREFIX = "OCR uncertain（OCR 识别不确定）：";

    private OcrUncertainty() {
    }

    static List<Finding> demote(Document doc, List<Finding> findings) {
        if (!hasOcr(doc)) return findings;
        List<Paragraph> paragraphs = doc.paragraphs();
        List<Table> tables = doc.tables();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR && uncertain(f, paragraphs, tables)) {
                f = new Finding(f.rule(), Severity.WARNING, PREFIX + f.message(), f.location(), f.evidence(),
                        f.values(), f.expected(), f.actual());
            }
            out.add(f);
        }
        return out;
    }

    private static boolean hasOcr(Document doc) {
        for (Paragraph p : doc.paragraphs()) if (p.provenance() != null && p.provenance().ocr() != null) return true;
        for (Table t : doc.tables()) {
            for (TableCell c : t.cells()) if (c.provenance() != null && c.provenance().ocr() != null) return true;
        }
        return false;
    }

    private static boolean uncertain(Finding f, List<Paragraph> paragraphs, List<Table> tables) {
        if (uncertain(f.location(), f.values(), paragraphs, tables)) return true;
        for (Evidence e : f.evidence()) if (uncertain(e.location(), f.values(), paragraphs, tables)) return true;
        return false;
    }

    /** True when the text at the location has an uncertain character in one of the values (or digit). */
    static boolean uncertain(Location l, List<String> values, List<Paragraph> paragraphs, List<Table> tables) {
        String[] ref = l.ref().split("/");
        // "#/tables/t/cells/r/c" or "#/paragraphs/p"
        try {
            if (ref.length == 6 && ref[1].equals("tables") && ref[3].equals("cells")) {
                int t = Integer.parseInt(ref[2]);
                if (t >= tables.size()) return false;
                TableCell c = tables.get(t).cellAt(Integer.parseInt(ref[4]), Integer.parseInt(ref[5]));
                return c != null && uncertain(c.text(), c.provenance(), 0, c.text().length(), values);
            }
            if (ref.length == 3 && ref[1].equals("paragraphs")) {
                int p = Integer.parseInt(ref[2]);
                if (p >= paragraphs.size()) return false;
                Paragraph para = paragraphs.get(p);
                int[] chars = l.chars();
                int start = chars == null ? 0 : Math.max(0, chars[0]);
                int end = chars == null ? para.text().length() : Math.min(para.text().length(), chars[1]);
                return uncertain(para.text(), para.provenance(), start, end, values);
            }
        } catch (NumberFormatException e) {
            return false;
        }
        return false;
    }

    private static boolean uncertain(String text, Provenance pv, int start, int end, List<String> values) {
        OcrConfidence ocr = pv == null ? null : pv.ocr();
        if (ocr == null || ocr.uncertain().isEmpty() || start >= end) return false;
        boolean found = false;
        for (String v : values) {
            String value = v.strip();
            if (value.isEmpty()) continue;
            for (int at = text.indexOf(value, start); at >= 0 && at + value.length() <= end;
                 at = text.indexOf(value, at + 1)) {
                found = true;
                if (ocr.uncertainIn(at, at + value.length())) return true;
            }
        }
        if (found) return false;
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i)) && ocr.uncertainIn(i, i + 1)) return true;
        }
        return false;
    }
}
