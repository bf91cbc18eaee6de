package io.hecha.output;

import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as the summaries show it: its value and the display format it was printed in, so that a
 * spreadsheet cell holds the number and still looks as the report printed it ({@code 1,234.50},
 * {@code 51.59%}). Also the computed side of a finding and the difference between the two.
 *
 * @param value    the value (for a percentage the fraction: 0.5159 for 51.59%)
 * @param decimals digits shown after the decimal point
 * @param grouped  printed with thousands separators
 * @param percent  printed with a percent sign
 */
record ShownNumber(BigDecimal value, int decimals, boolean grouped, boolean percent) {
    private static final Pattern INTERVAL = Pattern.compile("^\\[\\s*(-?[0-9.]+)\\s*,\\s*(-?[0-9.]+)\\s*]\\s*(%?)$");

    /** A printed number ({@code 1,369.97}, {@code 51.59%}), or empty when the text is not only a number. */
    static Optional<ShownNumber> parse(String printed) {
        return DisplayedNumber.parse(printed).map(n -> new ShownNumber(n.asFraction(), n.decimals(),
                n.printed().contains(",") || n.printed().contains("，"), n.percent()));
    }

    /** The number the display format puts in a spreadsheet cell: {@code 0.00}, {@code #,##0.00}, {@code 0.00%}. */
    String excelFormat() {
        StringBuilder b = new StringBuilder(grouped ? "#,##0" : "0");
        if (decimals > 0) b.append('.').append("0".repeat(decimals));
        if (percent) b.append('%');
        return b.toString();
    }

    /** The value as text in this format ({@code 6.00}, {@code 1.20%}). */
    String text() {
        BigDecimal v = percent ? value.movePointRight(2) : value;
        v = v.setScale(decimals, RoundingMode.HALF_UP);
        String plain = v.toPlainString();
        if (grouped) plain = String.format("%,." + decimals + "f", v);
        return percent ? plain + "%" : plain;
    }

    /**
     * The computed value of a finding in the printed number's units and format: the middle of an
     * interval {@code [250.565, 250.575]} or a plain number; empty when the expected side is text.
     */
    static Optional<ShownNumber> computed(String expected, ShownNumber printed) {
        String e = expected == null ? "" : expected.strip();
        Matcher m = INTERVAL.matcher(e);
        BigDecimal mid;
        boolean percentSign = false;
        if (m.matches()) {
            try {
                mid = new BigDecimal(m.group(1)).add(new BigDecimal(m.group(2))).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
            percentSign = !m.group(3).isEmpty();
        } else {
            Optional<DisplayedNumber> n = DisplayedNumber.parse(e);
            if (n.isEmpty()) return Optional.empty();
            mid = n.get().value();
            percentSign = n.get().percent();
        }
        // an interval is in the printed number's own units: 51.59% is compared as 51.59
        boolean asPercent = printed.percent() || percentSign;
        BigDecimal value = asPercent ? mid.movePointLeft(2) : mid;
        return Optional.of(new ShownNumber(value.stripTrailingZeros(), printed.decimals(), printed.grouped(), asPercent));
    }

    /** How far apart the printed and the computed value are, in the printed format: {@code 6.00}. */
    static ShownNumber difference(ShownNumber printed, ShownNumber computed) {
        return new ShownNumber(printed.value().subtract(computed.value()).abs(), printed.decimals(), printed.grouped(),
                printed.percent());
    }
}
