package io.hecha.read.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.LFO;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;

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

    static String format(int n, int nfc) {
        return switch (nfc) {
            case NFC_CHINESE_COUNTING, NFC_CHINESE_COUNTING_THOUSAND, NFC_CHINESE_LEGAL -> chinese(n);
            case NFC_IDEOGRAPH_DIGITAL -> ideographDigits(n);
            case NFC_CIRCLED -> n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : String.valueOf(n);
            case NFC_UPPER_ROMAN -> roman(n);
            case NFC_LOWER_ROMAN -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case NFC_UPPER_LETTER -> letters(n);
            case NFC_LOWER_LETTER -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case NFC_DECIMAL_ZERO -> n < 10 ? "0" + n : String.valueOf(n);
            default -> String.valueOf(n);
        };
    }

    /** 1..9999 in Chinese counting (一, 十, 十一, 二十, 一百零五). */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n <= 0 || n > 9999) return String.valueOf(n);
        if (n < 10) return String.valueOf(digits.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        String[] units = {"", "十", "百", "千"};
        StringBuilder b = new StringBuilder();
        String s = String.valueOf(n);
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero && b.length() > 0) b.append('零');
            zero = false;
            b.append(digits.charAt(d)).append(units[unit]);
        }
        return b.toString();
    }

    private static String ideographDigits(int n) {
        StringBuilder b = new StringBuilder();
        for (char ch : String.valueOf(n).toCharArray()) b.append("〇一二三四五六七八九".charAt(ch - '0'));
        return b.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(s[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }

    private static String letters(int n) {
        if (n <= 0) return String.valueOf(n);
        StringBuilder b = new StringBuilder();
        while (n > 0) {
            n--;
            b.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return b.toString();
    }
}
