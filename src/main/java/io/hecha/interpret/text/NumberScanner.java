package io.hecha.interpret.text;

import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.text.ChineseNumerals;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a sentence states, with their units: Arabic numbers (thousands separators,
 * full-width digits, percent signs) and Chinese numerals followed by a counting unit (十九个). Left out:
 * codes and section numbers (A102, 2.1), years, dates and other numbers followed by a word the
 * vocabulary lists as not a quantity (年, 月, 日…), outline numbers (1、 （1）), numbers inside 《》 〔〕 []
 * and short quotations, and numbers right after 表/图/第/附件.
 */
final class NumberScanner {
    private static final Pattern NOT_AMOUNT_AFTER = Pattern.compile("^(〕|]|[、．.](?!\\d)|）|\\)|＋|\\+|\\*|×|/\\d|-\\d|－\\d|表|号)");
    private static final Pattern CN = Pattern.compile("[零一二两三四五六七八九十百千]+");
    private static final String COUNT_UNITS = "个|家|项|人|名|次|批|期|类|辆|篇|件|所|座";
    private final Pattern number;
    private final Pattern chinese;
    private final Vocabulary vocabulary;

    NumberScanner(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        List<String> printed = new ArrayList<>(vocabulary.units().keySet());
        printed.sort(Comparator.comparingInt(String::length).reversed());
        String alt = printed.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        number = Pattern.compile("(?<![0-9０-９A-Za-z.．_])([-－−]?[0-9０-９]+(?:,\\s?[0-9]{3})*(?:[.．][0-9０-９]+)?)(?![0-9０-９])\\s*([%％]|" + alt + ")?");
        chinese = Pattern.compile("(" + CN.pattern() + ")(" + COUNT_UNITS + ")");
    }

    /** The quantities of a sentence, in order. */
    List<Quantity> scan(String s) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = number.matcher(s);
        boolean digits = DisplayedNumber.hasDigit(s); // every match of number has one
        while (digits && m.find()) {
            String unit = m.group(2) == null ? "" : m.group(2);
            if (unit.isEmpty()) {
                String after = s.substring(m.end(1)).stripLeading();
                if (notQuantity(after) || NOT_AMOUNT_AFTER.matcher(after).find()) continue;
            }
            if (!unit.isEmpty() && !unit.equals("%") && !unit.equals("％") && notQuantity(s.substring(m.end()))) continue;
            if (inside(s, m.start()) || before(s, m.start())) continue;
            String norm = unit.equals("％") || unit.equals("%") ? "%" : vocabulary.units().getOrDefault(unit, unit);
            String printed = norm.equals("%") ? s.substring(m.start(1), m.end()).replace(" ", "") : m.group(1);
            DisplayedNumber.parse(printed).ifPresent(n -> out.add(new Quantity(n, norm, m.start(1), m.end(), false)));
        }
        Matcher c = chinese.matcher(s);
        while (c.find()) {
            if (inside(s, c.start()) || c.start() > 0 && "第届".indexOf(s.charAt(c.start() - 1)) >= 0) continue;
            if (s.startsWith("全会", c.end()) || s.startsWith("会议", c.end()) || s.startsWith("性", c.end())) continue;
            var v = ChineseNumerals.parse(c.group(1));
            if (v.isEmpty()) continue;
            String unit = vocabulary.units().getOrDefault(c.group(2), c.group(2));
            DisplayedNumber n = new DisplayedNumber(c.group(1), BigDecimal.valueOf(v.get()), 0, false);
            out.add(new Quantity(n, unit, c.start(), c.end(), true));
        }
        out.sort(Comparator.comparingInt(Quantity::start));
        return out;
    }

    private boolean notQuantity(String after) {
        for (String w : vocabulary.notQuantities()) if (after.startsWith(w)) return true;
        return false;
    }

    /** True right after 表, 图, 第 or 附件 (a table, figure or ordinal number, not a quantity). */
    private static boolean before(String s, int at) {
        if (at == 0) return false;
        char p = s.charAt(at - 1);
        return "表图第".indexOf(p) >= 0 || s.startsWith("附件", Math.max(0, at - 2)) && at >= 2;
    }

    /** True inside 《》, 〔〕, [] or a short “quotation”. */
    static boolean inside(String s, int at) {
        for (String pair : new String[]{"《》", "〔〕", "[]", "“”", "<>"}) {
            int open = s.lastIndexOf(pair.charAt(0), at);
            if (open < 0) continue;
            int close = s.indexOf(pair.charAt(1), open + 1);
            if (close > at && (pair.charAt(0) != '“' || close - open < 12)) return true;
        }
        return false;
    }
}
