package io.hecha.extract.mapping;

/**
 * The placeholders a mapping pattern may use, so that a reviewer does not write number syntax by
 * hand: {@code {num}} a printed number (full-width digits, thousands separators, sign, decimals),
 * {@code {pct}} a number with a percent sign, {@code {grade}} a grade word, {@code {year}} a year,
 * {@code {org}} a run of Chinese characters (an organisation's name), {@code {q}} an optional quote.
 */
public final class Placeholders {
    /** A printed number. */
    public static final String NUM = "[-－−]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?";
    /** Grade words, longest first. */
    public static final String GRADE = "优秀|良好|中等|合格|不合格|较差|优|良|中|差";

    private Placeholders() {
    }

    private static final java.util.Map<String, java.util.regex.Pattern> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The pattern with its placeholders expanded, compiled; compiled once per pattern (mapping
     * patterns are few and fixed, and a {@link java.util.regex.Pattern} is thread-safe).
     *
     * @throws java.util.regex.PatternSyntaxException when the expanded pattern is not a regex
     */
    public static java.util.regex.Pattern compile(String pattern) {
        java.util.regex.Pattern p = COMPILED.get(pattern);
        if (p != null) return p;
        p = java.util.regex.Pattern.compile(expand(pattern));
        if (COMPILED.size() < 10_000) COMPILED.put(pattern, p);
        return p;
    }

    private static final java.util.Map<String, RequiredText> REQUIRED = new java.util.concurrent.ConcurrentHashMap<>();

    /** What every match of the pattern contains ({@link RequiredText}), worked out once per pattern. */
    public static RequiredText required(String pattern) {
        RequiredText r = REQUIRED.get(pattern);
        if (r != null) return r;
        r = RequiredText.of(expand(pattern));
        if (REQUIRED.size() < 10_000) REQUIRED.put(pattern, r);
        return r;
    }

    /** The pattern with its placeholders expanded. */
    public static String expand(String pattern) {
        return pattern
                .replace("{num}", NUM)
                .replace("{pct}", NUM + "\\s*[%％]")
                .replace("{grade}", GRADE)
                .replace("{year}", "(?:19|20)[0-9]{2}")
                .replace("{org}", "[\\u4e00-\\u9fa5（）()]{2,40}?")
                .replace("{q}", "[“”\"‘’'「」]?");
    }
}
