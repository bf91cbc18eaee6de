package io.hecha.extract;

import io.hecha.model.Location;
import io.hecha.extract.mapping.Mapping.FactSpec;
import io.hecha.extract.mapping.Placeholders;
import io.hecha.model.Paragraph;
import io.hecha.text.ChineseNumbering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every number stated in running text (not in tables, not in headings), with its label (the words
 * before it back to punctuation or the previous number), its normalised unit, the sentence and where.
 * Chinese numerals count when a counting unit follows ("十九个内设机构" → 19 个). Numbers followed by a
 * word the mapping lists as not a quantity (年, 月, 日, 号…) and numbers inside 《》〔〕“” are skipped.
 */
final class Facts {
    private static final String LABEL_STOPS = "，,。；;：:、（(）)“”\"《》！？\n";
    private static final Pattern CN_NUMERAL = Pattern.compile("[零一二两三四五六七八九十百千万]+");

    private Facts() {
    }

    static List<Fact> read(Context ctx, FactSpec spec) {
        List<String> printed = new ArrayList<>(spec.units().keySet());
        printed.sort(Comparator.comparingInt(String::length).reversed());
        String unitAlt = printed.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        Pattern number = Pattern.compile("(" + Placeholders.NUM + ")\\s*([%％]|" + unitAlt + ")?");
        Pattern chinese = Pattern.compile("(" + CN_NUMERAL.pattern() + ")(" + unitAlt + ")");
        List<Fact> out = new ArrayList<>();
        for (Paragraph p : ctx.paragraphs()) {
            if (p.isHeading()) continue;
            String text = ChineseNumbering.match(p.text()).map(m -> m.number().matches("^[（(]?[0-9０-９一二三四五六七八九十]+[)）]?[、.．]?$") ? m.rest() : p.text()).orElse(p.text());
            for (String sentence : Sentences.split(text)) read(ctx, p, sentence, spec, number, chinese, out);
        }
        return out;
    }

    private static void read(Context ctx, Paragraph p, String s, FactSpec spec, Pattern number, Pattern chinese, List<Fact> out) {
        record Hit(int start, int end, String num, String unit, boolean chinese) {
        }
        List<Hit> hits = new ArrayList<>();
        Matcher m = number.matcher(s);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(s.charAt(m.start() - 1)) && isAsciiAlnum(s.charAt(m.start() - 1))) continue;
            String unit = m.group(2) == null ? "" : m.group(2);
            if (unit.isEmpty() && notQuantity(s, m.end(1), spec)) continue;
            if (inside(s, m.start()) || m.start() > 0 && "表图第件".indexOf(s.charAt(m.start() - 1)) >= 0) continue;
            hits.add(new Hit(m.start(), m.end(), m.group(1), unit, false));
        }
        Matcher c = chinese.matcher(s);
        while (c.find()) {
            String unit = c.group(2);
            String norm = spec.units().getOrDefault(unit, unit);
            if (!Values.EXACT_UNITS.contains(norm) || "分".equals(norm) || inside(s, c.start())) continue;
            if (s.startsWith("全会", c.end()) || s.startsWith("会议", c.end())) continue;
            if (c.start() > 0 && "第届".indexOf(s.charAt(c.start() - 1)) >= 0) continue;
            hits.add(new Hit(c.start(), c.end(), c.group(1), unit, true));
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        int prevEnd = 0;
        for (Hit h : hits) {
            int from = Math.max(prevEnd, lastStop(s, h.start()) + 1);
            String label = from < h.start() ? s.substring(from, h.start()).strip() : "";
            prevEnd = h.end();
            Location w = ctx.textWhere(p, s);
            String unit = h.unit().equals("％") ? "%" : spec.units().getOrDefault(h.unit(), h.unit());
            Optional<Value> v = h.chinese() ? Values.ofChinese(h.num(), unit, w)
                    : Values.ofMatch(h.num() + (unit.equals("%") ? "%" : ""), unit, false, w);
            v.ifPresent(value -> out.add(new Fact(label, value, s, w)));
        }
    }

    private static boolean isAsciiAlnum(char ch) {
        return ch < 128;
    }

    private static boolean notQuantity(String s, int end, FactSpec spec) {
        String after = s.substring(end).stripLeading();
        for (String w : spec.notQuantities()) if (after.startsWith(w)) return true;
        return false;
    }

    /** True inside 《》, 〔〕 or a short “quotation”. */
    private static boolean inside(String s, int at) {
        for (String pair : new String[]{"《》", "〔〕", "[]", "“”"}) {
            int open = s.lastIndexOf(pair.charAt(0), at);
            if (open < 0) continue;
            int close = s.indexOf(pair.charAt(1), open + 1);
            if (close > at && (pair.charAt(0) != '“' || close - open < 12)) return true;
        }
        return false;
    }

    private static int lastStop(String s, int before) {
        for (int i = before - 1; i >= 0; i--) if (LABEL_STOPS.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
