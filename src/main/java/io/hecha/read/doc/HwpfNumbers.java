package io.hecha.read.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.LFO;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;

import io.hecha.text.WordNumberFormats;

import java.util.HashMap;
import java.util.Map;

/**
 * Renders Word list numbers of a .doc in reading order: one counter set per list (lsid), a level's
 * counter starting at its start value and restarting when a higher level advances; the level's
 * number text with each placeholder replaced by that level's counter in its format (decimal,
 * Chinese counting 一二三, circled ①, roman, letters). Bullets render as "".
 */
final class HwpfNumbers {
    private static final int NFC_DECIMAL = 0, NFC_UPPER_ROMAN = 1, NFC_LOWER_ROMAN = 2, NFC_UPPER_LETTER = 3,
            NFC_LOWER_LETTER = 4, NFC_CIRCLED = 18, NFC_DECIMAL_ZERO = 22, NFC_BULLET = 23,
            NFC_IDEOGRAPH_DIGITAL = 38, NFC_CHINESE_COUNTING = 39, NFC_CHINESE_LEGAL = 40,
            NFC_CHINESE_COUNTING_THOUSAND = 41;
    private final ListTables lists;
    private final Map<Integer, int[]> counters = new HashMap<>();

    HwpfNumbers(HWPFDocument doc) {
        this.lists = doc.getListTables();
    }

    /** The rendered number of the next list paragraph, "" when it has none or it cannot be read. */
    String next(Paragraph p) {
        if (lists == null || !p.isInList()) return "";
        try {
            LFO lfo = lists.getLfo(p.getIlfo());
            int lsid = lfo.getLsid();
            int ilvl = Math.max(0, Math.min(8, p.getIlvl()));
            ListLevel level = lists.getLevel(lsid, ilvl);
            if (level == null) return "";
            int[] c = counters.computeIfAbsent(lsid, k -> new int[9]);
            c[ilvl] = c[ilvl] == 0 ? Math.max(0, level.getStartAt()) : c[ilvl] + 1;
            for (int k = ilvl + 1; k < 9; k++) c[k] = 0;
            if (level.getNumberFormat() == NFC_BULLET) return "";
            StringBuilder out = new StringBuilder();
            for (char ch : level.getNumberText().toCharArray()) {
                if (ch < 9) {
                    ListLevel of = lists.getLevel(lsid, ch);
                    int value = c[ch] == 0 && of != null ? of.getStartAt() : c[ch];
                    out.append(format(value, of == null ? NFC_DECIMAL : of.getNumberFormat()));
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The value in a .doc list level's number format (MS-DOC {@code nfc}), rendered as Word shows it. */
    static String format(int n, int nfc) {
        return WordNumberFormats.format(n, switch (nfc) {
            case NFC_UPPER_ROMAN -> "upperRoman";
            case NFC_LOWER_ROMAN -> "lowerRoman";
            case NFC_UPPER_LETTER -> "upperLetter";
            case NFC_LOWER_LETTER -> "lowerLetter";
            case NFC_CIRCLED -> "decimalEnclosedCircle";
            case NFC_DECIMAL_ZERO -> "decimalZero";
            case NFC_IDEOGRAPH_DIGITAL -> "ideographDigital";
            case NFC_CHINESE_COUNTING, NFC_CHINESE_COUNTING_THOUSAND, NFC_CHINESE_LEGAL -> "chineseCounting";
            default -> "decimal";
        });
    }
}
