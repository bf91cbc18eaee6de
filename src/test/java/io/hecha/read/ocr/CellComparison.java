package io.hecha.read.ocr;

import io.hecha.model.Table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tables read from a scan against the same tables from the text layer, cell by cell: white space
 * aside and full-width forms as half-width (（ and ( look alike to OCR). Tables of another count or
 * shape fail the test at once.
 *
 * @param cells       cells compared
 * @param same        cells with the same text
 * @param numbers     cells holding a number in the text layer
 * @param sameNumbers of those, the ones read the same
 * @param differences each differing cell: caption, [row,column], expected ≠ read
 */
record CellComparison(int cells, int same, int numbers, int sameNumbers, List<String> differences) {
    static CellComparison of(List<Table> expected, List<Table> actual) {
        assertEquals(expected.size(), actual.size(), "tables");
        int cells = 0, same = 0, numbers = 0, sameNumbers = 0;
        List<String> differences = new ArrayList<>();
        for (int t = 0; t < expected.size(); t++) {
            Table e = expected.get(t), a = actual.get(t);
            assertEquals(e.rowCount() + "×" + e.columnCount(), a.rowCount() + "×" + a.columnCount(), e.caption());
            for (int r = 0; r < e.rowCount(); r++) {
                for (int c = 0; c < e.columnCount(); c++) {
                    String want = normal(e.text(r, c)), got = normal(a.text(r, c));
                    boolean number = want.matches("-?[0-9][0-9,.]*%?");
                    cells++;
                    if (number) numbers++;
                    if (want.equals(got)) {
                        same++;
                        if (number) sameNumbers++;
                    } else {
                        differences.add(e.caption() + " [" + r + "," + c + "] " + want + " ≠ " + got);
                    }
                }
            }
        }
        return new CellComparison(cells, same, numbers, sameNumbers, differences);
    }

    /** Text compared without white space and with full-width forms as half-width. */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
