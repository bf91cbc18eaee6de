package io.hecha.text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as printed in a report: the exact string, its value, how many decimals it shows and
 * whether it is a percentage. Full-width digits, thousands separators ("2,000", "2, 000"), minus
 * as "-", "－" or "−", and "%"/"％" are read; the printed string is kept untouched.
 *
 * @param printed  the string exactly as printed (trimmed)
 * @param value    the parsed value; for a percentage the number before the sign (51.59 for 51.59%)
 * @param decimals digits shown after the decimal point
 * @param percent  true when printed with a percent sign
 */
public record DisplayedNumber(String printed, BigDecimal value, int decimals, boolean percent) {
    private static final Pattern NUMBER = Pattern.compile(
            "^[+-]?(?:\\d{1,3}(?:, ?\\d{3})+|\\d+)(?:\\.(\\d+))?$");

    public DisplayedNumber {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(value, "value");
    }

    /**
     * True when the text has an ASCII or full-width digit: a text without one prints no number,
     * so a number pattern need not run over it.
     */
    public static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') return true;
        }
        return false;
    }

    /**
     * Reads a cell or token that is only a number (optionally with % and surrounding spaces);
     * empty for anything else ("—", "", "合计", "3家").
     */
    public static Optional<DisplayedNumber> parse(String text) {
        if (text == null) return Optional.empty();
        String printed = text.strip();
        String s = normalize(printed);
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) return Optional.empty();
        String plain = s.replace(",", "").replace(" ", "");
        int decimals = m.group(1) == null ? 0 : m.group(1).length();
        return Optional.of(new DisplayedNumber(printed, new BigDecimal(plain), decimals, percent));
    }

    /**
     * Maps full-width digits and signs to ASCII and removes inner white space, so that patterns
     * can be written once. Lengths may change; use only for parsing, never for display.
     */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') c = (char) ('0' + (c - '０'));
            else if (c == '．') c = '.';
            else if (c == '，') c = ',';
            else if (c == '－' || c == '−' || c == '–') c = '-';
            else if (c == '＋') c = '+';
            else if (c == '％') c = '%';
            else if (c == '\u00A0' || c == '\u3000') c = ' ';
            b.append(c);
        }
        return b.toString().strip();
    }

    /** The value as a fraction: 51.59% gives 0.5159; a plain number is returned as is. */
    public BigDecimal asFraction() {
        return percent ? value.movePointLeft(2) : value;
    }

    /** Half a unit of the last displayed digit: 0.005 for two decimals. */
    public BigDecimal halfUnit() {
        return BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
    }
}
