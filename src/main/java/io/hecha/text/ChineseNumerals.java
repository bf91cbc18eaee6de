package io.hecha.text;

import java.util.Optional;

/** Reads and writes Chinese numerals (十九, 一百零八, 两千) as used in report text and numbering. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Parses a Chinese numeral up to the 亿 range; empty when the text is not one. */
    public static Optional<Long> parse(String s) {
        if (s == null || s.isEmpty()) return Optional.empty();
        long total = 0, section = 0, digit = -1;
        for (char c : s.toCharArray()) {
            int d = digitOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十', '拾' -> 10;
                case '百', '佰' -> 100;
                case '千', '仟' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) return Optional.empty();
            if (unit >= 10_000) {
                section += Math.max(digit, 0);
                total = (total + section) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        if (digit > 0) section += digit;
        return Optional.of(total + section);
    }

    private static int digitOf(char c) {
        if (c == '〇' || c == '零') return 0;
        if (c == '两') return 2;
        return DIGITS.indexOf(c);
    }

    /** Writes 1..9999 as Word's {@code chineseCounting} shows it (十, 十一, 二十, 一百零一). */
    public static String counting(int n) {
        if (n <= 0) return String.valueOf(n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        if (n < 100) return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : (rest < 10 ? "零" + DIGITS.charAt(rest) : tens(rest));
            return DIGITS.charAt(n / 100) + "百" + tail;
        }
        if (n < 10000) {
            int rest = n % 1000;
            String tail = rest == 0 ? "" : (rest < 100 ? "零" + counting(rest).replaceFirst("^十", "一十") : counting(rest));
            return DIGITS.charAt(n / 1000) + "千" + tail;
        }
        return String.valueOf(n);
    }

    private static String tens(int n) {
        return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
}
