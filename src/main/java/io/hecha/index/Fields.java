package io.hecha.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The index schema, shared by the embedded index and the Solr configset
 * ({@code solr/configset/hecha/conf/managed-schema.xml} declares the same names).
 */
public final class Fields {
    /** Bump when what is indexed changes: every report is indexed again on the next run. */
    public static final String SCHEMA = "3";

    /** The report's key: the absolute path of the file indexed. */
    public static final String ID = "id";
    /** Content hash of what was indexed, with the schema and word-list fingerprint. */
    public static final String HASH = "hash";

    /** Text fields: values are lines (see {@link Line}). */
    public static final String TITLES = "titles";
    public static final String TEXT = "text";
    public static final String CELLS = "cells";
    public static final List<String> TEXT_FIELDS = List.of(TITLES, TEXT, CELLS);

    /** Keyword fields: exact values, filterable and facetable. */
    public static final String TYPE = "type";
    public static final String SUBJECT = "subject";
    public static final String SHORT_NAME = "shortName";
    public static final String GRADE = "grade";
    public static final String EVALUATOR = "evaluator";
    public static final String REGION = "region";
    public static final String FILE = "file";
    public static final String FORMAT = "format";
    public static final String STATUS = "status";
    public static final String MAPPING = "mapping";
    public static final String CATEGORY = "category";
    public static final String RULE = "rule";
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";
    public static final String INDICATOR = "indicator";
    public static final List<String> KEYWORDS = List.of(TYPE, SUBJECT, SHORT_NAME, GRADE, EVALUATOR, REGION, FILE,
            FORMAT, STATUS, MAPPING, CATEGORY, RULE, ERROR, WARNING, INFO, INDICATOR);

    /** Number fields (stored as {@link #scaled} longs). */
    public static final String YEAR = "year";
    public static final String SCORE = "score";
    public static final String PAGES = "pages";
    public static final String ERRORS = "errors";
    public static final String WARNINGS = "warnings";
    public static final List<String> NUMBERS = List.of(YEAR, SCORE, PAGES, ERRORS, WARNINGS);

    /** Fields that can be counted as facets: every keyword field and the year. */
    public static final List<String> FACETS = facets();

    /** Stored only: the indicators of the report as JSON (name, weight, score, rate). */
    public static final String INDICATORS_JSON = "indicators";

    /**
     * Stored only, embedded index only: the length of each line of the text fields ({@link #TEXT_FIELDS} in
     * order: a count, then each value's length in UTF-16 units, as variable-length ints), so that the
     * highlighter decodes only the lines holding a match.
     */
    public static final String LINE_LENGTHS = "lineLengths";

    /**
     * Doc values only, embedded index only: the stored values a hit shows, in one binary value per
     * report ({@link HitValues}), so that showing a hit does not decompress the report's stored lines.
     */
    public static final String HIT_VALUES = "hitValues";

    /** Decimal places kept by {@link #scaled}. */
    public static final int SCALE = 6;

    private Fields() {
    }

    private static List<String> facets() {
        java.util.List<String> out = new java.util.ArrayList<>(KEYWORDS);
        out.add(YEAR);
        return List.copyOf(out);
    }

    /** True for a field that can be filtered with {@code =} and counted as a facet. */
    public static boolean isKeyword(String field) {
        return KEYWORDS.contains(field);
    }

    /** True for a field that can be compared with {@code <}, {@code >=}… */
    public static boolean isNumber(String field) {
        return NUMBERS.contains(field);
    }

    /** A decimal as a long with {@link #SCALE} decimal places (exact up to them, half-even beyond). */
    public static long scaled(BigDecimal v) {
        return v.setScale(SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** The decimal a {@link #scaled} long stands for. */
    public static BigDecimal unscaled(long v) {
        return BigDecimal.valueOf(v, SCALE).stripTrailingZeros();
    }

    /**
     * The number field of one part ({@code weight}, {@code score}, {@code rate}) of the indicators
     * with this name: {@code ind_<hash of the name>_<part>} (Solr: dynamic field {@code ind_*}).
     */
    public static String indicatorField(String name, String part) {
        return "ind_" + nameKey(name) + "_" + part;
    }

    /** An indicator name as compared: full-width folded, spaces removed. */
    public static String normalizeName(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') b.append(c);
        }
        return b.toString();
    }

    private static String nameKey(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalizeName(name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
