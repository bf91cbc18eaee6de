package io.hecha.interpret.text;

import io.hecha.model.Paragraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years in text: an absolute year ("2024年", "2024年度"), or a relative one ("上年", "本年", "当年")
 * resolved against the document's year (the year named most often in its headings).
 */
final class Periods {
    static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年度|年|财年)");
    private static final Pattern RELATIVE = Pattern.compile("上一?年度?|去年|上年同期|本年度?|当年|今年|本期");
    private final String documentYear;

    private Periods(String documentYear) {
        this.documentYear = documentYear;
    }

    /** The document's year: the year named most often in its headings (else in its first paragraphs). */
    static Periods of(List<Paragraph> paragraphs) {
        Map<String, Integer> headings = new HashMap<>(), body = new HashMap<>();
        int n = 0;
        for (Paragraph p : paragraphs) {
            Matcher m = YEAR.matcher(p.text());
            Map<String, Integer> into = p.isHeading() ? headings : body;
            if (!p.isHeading() && n++ > 40) continue;
            while (m.find()) into.merge(m.group(1), 1, Integer::sum);
        }
        Map<String, Integer> use = headings.isEmpty() ? body : headings;
        String best = "";
        for (Map.Entry<String, Integer> e : use.entrySet()) {
            if (best.isEmpty() || e.getValue() > use.get(best) || e.getValue().equals(use.get(best)) && e.getKey().compareTo(best) > 0) {
                best = e.getKey();
            }
        }
        return new Periods(best);
    }

    String documentYear() {
        return documentYear;
    }

    /** The last period a text names ("" when none). */
    String lastIn(String text) {
        if (text.indexOf('年') < 0 && !text.contains("本期")) return "";   // as in strip: no period word without 年 but 本期
        String found = "";
        int at = -1;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            found = m.group(1);
            at = m.start();
        }
        Matcher r = RELATIVE.matcher(text);
        while (r.find()) {
            if (r.start() > at) {
                found = resolve(r.group());
                at = r.start();
            }
        }
        return found;
    }

    /** Removes period words from a text. */
    static String strip(String text) {
        // every year word and every relative period word but 本期 holds 年: most labels hold neither
        if (text.indexOf('年') < 0 && !text.contains("本期")) return text;
        return RELATIVE.matcher(YEAR.matcher(text).replaceAll("")).replaceAll("");
    }

    private String resolve(String relative) {
        if (documentYear.isEmpty()) return "";
        int y = Integer.parseInt(documentYear);
        return relative.startsWith("上") || relative.startsWith("去") ? String.valueOf(y - 1) : documentYear;
    }
}
