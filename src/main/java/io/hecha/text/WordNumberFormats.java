package io.hecha.text;

/**
 * Renders one list counter value in a Word number format, named as OOXML's {@code w:numFmt} names it
 * ({@code decimal}, {@code chineseCounting}, {@code decimalEnclosedCircle}, …). Shared by the DOCX and
 * DOC readers.
 */
public final class WordNumberFormats {
    private static final String TIANGAN = "甲乙丙丁戊己庚辛壬癸";
    private static final String DIZHI = "子丑寅卯辰巳午未申酉戌亥";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String IDEOGRAPH_DIGITS = "〇一二三四五六七八九";

    private WordNumberFormats() {
    }

    /** The value as Word shows it in {@code format}; unknown formats fall back to decimal. */
    public static String format(int n, String format) {
        if (format == null) format = "decimal";
        return switch (format) {
            case "none", "bullet" -> "";
            case "decimal", "ordinal", "cardinalText", "ordinalText", "custom", "arabicAbjad", "arabicAlpha" ->
                    Integer.toString(n);
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalHalfWidth" -> Integer.toString(n);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "koreanCounting" -> ChineseNumerals.counting(n);
            case "chineseLegalSimplified", "japaneseLegal", "taiwaneseCountingThousand", "koreanLegal" -> legal(n);
            case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital", "koreanDigital" ->
                    digits(n, IDEOGRAPH_DIGITS);
            case "ideographTraditional" -> cyclic(n, TIANGAN);
            case "ideographZodiac" -> cyclic(n, DIZHI);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    enclosed(n, 0x2460, 20);
            case "decimalEnclosedParen" -> enclosed(n, 0x2474, 20);
            case "decimalEnclosedFullstop" -> enclosed(n, 0x2488, 20);
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> Integer.toString(n);
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder b = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        return b.toString();
    }

    private static String digits(int n, String table) {
        String s = Integer.toString(n);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '0' && c <= '9' ? table.charAt(c - '0') : c);
        return b.toString();
    }

    /** 壹贰叁… using the counting form with legal digits and units. */
    private static String legal(int n) {
        String counting = ChineseNumerals.counting(n);
        StringBuilder b = new StringBuilder();
        for (char c : counting.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (d >= 0) b.append(LEGAL_DIGITS.charAt(d));
            else if (c == '十') b.append('拾');
            else if (c == '百') b.append('佰');
            else if (c == '千') b.append('仟');
            else b.append(c);
        }
        return b.toString();
    }

    private static String cyclic(int n, String table) {
        if (n <= 0) return Integer.toString(n);
        return String.valueOf(table.charAt((n - 1) % table.length()));
    }

    private static String enclosed(int n, int base, int max) {
        if (n < 1 || n > max) return Integer.toString(n);
        return String.valueOf((char) (base + n - 1));
    }

    /** A..Z, then AA..ZZ, AAA… as Word does (the letter repeated). */
    private static String letters(int n, char a) {
        if (n <= 0) return Integer.toString(n);
        char c = (char) (a + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return Integer.toString(n);
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
}
