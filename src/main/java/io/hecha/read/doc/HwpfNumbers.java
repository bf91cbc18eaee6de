package io.hecha.read.doc;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.LFO;
import org.apache.poi.hwpf.model.LFOData;
import org.apache.poi.hwpf.model.ListFormatOverrideLevel;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;

import io.hecha.text.WordNumberFormats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders Word list numbers of a .doc in reading order, with Word's counting rules for the list
 * tables (MS-DOC LSTF/LVLF and LFO/LFOLVL): paragraphs of all list instances (LFOs) of one list
 * (lsid) share its counters, unless the LFO overrides a level's start ({@code fStartAt}: then
 * that instance counts on its own from the override); an LFOLVL with {@code fFormatting} replaces
 * the level. A level starts at its start value; a level skipped above the paragraph's own counts
 * as used once at its start value (Word's "missing items", as in {@code numbering.xml}); a deeper
 * level restarts after a higher level advances, or with {@code fNoRestart} only after a level above
 * its {@code ilvlRestartLim}. The level's number text has each placeholder replaced by that level's
 * counter in its format (decimal, Chinese counting 一二三, circled ①, roman, letters; all decimal
 * for a legal level). Bullets render as "".
 */
final class HwpfNumbers {
    private static final int NFC_DECIMAL = 0, NFC_UPPER_ROMAN = 1, NFC_LOWER_ROMAN = 2, NFC_UPPER_LETTER = 3,
            NFC_LOWER_LETTER = 4, NFC_CIRCLED = 18, NFC_DECIMAL_ZERO = 22, NFC_BULLET = 23,
            NFC_IDEOGRAPH_DIGITAL = 38, NFC_CHINESE_COUNTING = 39, NFC_CHINESE_LEGAL = 40,
            NFC_CHINESE_COUNTING_THOUSAND = 41;
    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;

    /** One level as a list instance uses it. */
    private record Level(int start, int nfc, String text, boolean legal, boolean noRestart, int restartLimit) {
        static final Level NONE = new Level(1, NFC_DECIMAL, null, false, false, 0);
    }

    /** An LFO resolved: where its counters live and its nine levels. */
    private record Instance(String counterKey, Level[] levels) {
    }

    private final ListTables lists;
    private final Map<Integer, Instance> instances = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();

    HwpfNumbers(HWPFDocument doc) {
        this.lists = doc.getListTables();
    }

    /** The rendered number of the next list paragraph, "" when it has none or it cannot be read. */
    String next(Paragraph p) {
        if (lists == null || !p.isInList()) return "";
        try {
            Instance inst = instance(p.getIlfo());
            if (inst == null) return "";
            int ilvl = Math.max(0, Math.min(LEVELS - 1, p.getIlvl()));
            Level[] levels = inst.levels();
            if (levels[ilvl] == Level.NONE) return "";
            int[] c = counters.computeIfAbsent(inst.counterKey(), k -> {
                int[] a = new int[LEVELS];
                Arrays.fill(a, UNSET);
                return a;
            });
            for (int k = 0; k < ilvl; k++) if (c[k] == UNSET) c[k] = levels[k].start();
            c[ilvl] = c[ilvl] == UNSET ? levels[ilvl].start() : c[ilvl] + 1;
            for (int d = ilvl + 1; d < LEVELS; d++) {
                Level deeper = levels[d];
                if (!deeper.noRestart() || ilvl < deeper.restartLimit()) c[d] = UNSET;
            }
            Level lvl = levels[ilvl];
            if (lvl.nfc() == NFC_BULLET || lvl.text() == null) return "";
            StringBuilder out = new StringBuilder();
            for (char ch : lvl.text().toCharArray()) {
                if (ch < LEVELS) {
                    int value = c[ch] == UNSET ? levels[ch].start() : c[ch];
                    out.append(format(value, lvl.legal() && ch < ilvl ? NFC_DECIMAL : levels[ch].nfc()));
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private Instance instance(int ilfo) {
        if (instances.containsKey(ilfo)) return instances.get(ilfo);
        Instance inst = null;
        try {
            LFO lfo = lists.getLfo(ilfo);
            int lsid = lfo.getLsid();
            Level[] levels = new Level[LEVELS];
            for (int i = 0; i < LEVELS; i++) levels[i] = level(lists.getLevel(lsid, i), null);
            boolean ownCounters = false;
            LFOData data = lfo.getClfolvl() > 0 ? lists.getLfoData(ilfo) : null;
            if (data != null && data.getRgLfoLvl() != null) {
                for (ListFormatOverrideLevel o : data.getRgLfoLvl()) {
                    int i = o.getLevelNum();
                    if (i < 0 || i >= LEVELS) continue;
                    if (o.isFormatting() && o.getLevel() != null) levels[i] = level(o.getLevel(), null);
                    if (o.isStartAt()) {
                        levels[i] = level(o.isFormatting() && o.getLevel() != null ? o.getLevel() : lists.getLevel(lsid, i),
                                o.getIStartAt());
                        ownCounters = true;
                    }
                }
            }
            inst = new Instance(ownCounters ? "lfo:" + ilfo : "lst:" + lsid, levels);
        } catch (RuntimeException e) {
            inst = null; // an LFO that does not resolve: the paragraph is shown unnumbered
        }
        instances.put(ilfo, inst);
        return inst;
    }

    private static Level level(ListLevel l, Integer startOverride) {
        if (l == null) return Level.NONE;
        int restart = l.getRestart(); // LVLF ilvlRestartLim when fNoRestart is set, else -1
        int start = startOverride != null ? startOverride : l.getStartAt();
        return new Level(Math.max(0, start), l.getNumberFormat(), l.getNumberText(), l.isLegalNumbering(), restart >= 0, Math.max(0, restart));
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
