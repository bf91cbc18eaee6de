package io.hecha.extract;

import io.hecha.text.Spaces;
import io.hecha.model.Location;
import io.hecha.text.ChineseNumerals;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns printed numbers (cells, matches in sentences) into {@link Value}s. */
final class Values {
    /** Units whose values are exact (counts and scores): no rounding interval. */
    static final Set<String> EXACT_UNITS = Set.of("分", "家", "个", "人", "项", "次");
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]\\s*(?:单位[:：])?\\s*(万元|元|亿元|%|％|分|家|个|人|项|次|千元)\\s*[）)]");
    private static final Pattern CAPTION_UNIT = Pattern.compile("单位\\s*[:：]\\s*(万元|元|亿元|千元|%|分)");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
            "^([-－−+]?[0-9０-９]+(?:[,，]\\s?[0-9０-９]{3})*(?:[.．][0-9０-９]+)?\\s*[%％]?)\\s*(万元|亿元|元|分|家|个|人|项|次)?$");

    private Values() {
    }

    /**
     * A cell or token holding one number, optionally followed by a unit; empty for anything else.
     * A percent sign gives unit %; else the unit printed after the number; else {@code unit}.
     */
    static Optional<Value> parse(String text, String unit, boolean exact, Location where) {
        if (text == null) return Optional.empty();
        String s = text.strip();
        if (s.isEmpty()) return Optional.empty();
        Matcher m = NUMBER_AND_UNIT.matcher(s);
        if (!m.matches()) {
            // a number wrapped inside a narrow cell ("150.0" / "0")
            String joined = Spaces.withoutWide(s);
            if (joined.equals(s) || !(m = NUMBER_AND_UNIT.matcher(joined)).matches()) return Optional.empty();
            s = joined;
        }
        Optional<DisplayedNumber> d = DisplayedNumber.parse(m.group(1));
        if (d.isEmpty()) return Optional.empty();
        String u = d.get().percent() ? "%" : m.group(2) != null ? m.group(2) : unit;
        return Optional.of(new Value(s, d.get().value(), d.get().decimals(), u,
                exact || EXACT_UNITS.contains(u), where));
    }

    /** A number matched inside a sentence ({@code printed} is the number as it stands there). */
    static Optional<Value> ofMatch(String printed, String unit, boolean exact, Location where) {
        Optional<DisplayedNumber> d = DisplayedNumber.parse(printed.replace('，', ','));
        if (d.isEmpty()) return Optional.empty();
        String u = d.get().percent() ? "%" : unit;
        return Optional.of(new Value(printed.strip(), d.get().value(), d.get().decimals(), u == null ? "" : u,
                exact || EXACT_UNITS.contains(u), where));
    }

    /** A Chinese numeral ({@code 十九}) as a value with 0 decimals, exact. */
    static Optional<Value> ofChinese(String numeral, String unit, Location where) {
        return ChineseNumerals.parse(numeral)
                .map(n -> new Value(numeral, BigDecimal.valueOf(n), 0, unit, true, where));
    }

    /** The unit printed in a header or caption ("年初预算（万元）", "单位：万元"), or "". */
    static String unitIn(String headerOrCaption) {
        if (headerOrCaption == null) return "";
        Matcher m = HEADER_UNIT.matcher(headerOrCaption);
        if (m.find()) return m.group(1).replace('％', '%');
        m = CAPTION_UNIT.matcher(headerOrCaption);
        return m.find() ? m.group(1) : "";
    }
}
