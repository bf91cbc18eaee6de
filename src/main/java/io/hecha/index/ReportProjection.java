package io.hecha.index;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Projects a hecha result (its JSON tree) onto a {@link ReportRecord}: the extraction's values as
 * keyword and number fields, the indicators, and the text lines ({@link TextLines}). Reads only the
 * JSON contract (source, paragraphs, tables, report, indicators, problems, findings).
 */
public final class ReportProjection {
    private static final String REGION_ENDS = "省市区县州旗盟";
    /** The top-level parts of a result this projection reads (the indexer parses only these). */
    public static final java.util.Set<String> READS = java.util.Set.of("schemaVersion", "source", "mapping", "report",
            "problems", "findings", "indicators", "paragraphs", "tables");

    private ReportProjection() {
    }

    /** The record of one result; {@code id} and {@code hash} as the indexer decided them. */
    public static ReportRecord of(JsonNode root, String id, String hash) {
        Map<String, List<String>> kw = new LinkedHashMap<>();
        Map<String, BigDecimal> num = new LinkedHashMap<>();
        JsonNode source = root.path("source");
        JsonNode report = root.path("report");
        put(kw, Fields.FILE, source.path("fileName").asText(""));
        put(kw, Fields.FORMAT, source.path("format").asText(""));
        put(kw, Fields.STATUS, source.path("status").asText(""));
        put(kw, Fields.MAPPING, JsonValues.text(root.get("mapping")));
        put(kw, Fields.TYPE, JsonValues.text(report.get("type")));
        String subject = JsonValues.text(report.get("subject"));
        put(kw, Fields.SUBJECT, subject);
        put(kw, Fields.SHORT_NAME, JsonValues.text(report.get("shortName")));
        put(kw, Fields.GRADE, JsonValues.text(report.get("grade")));
        put(kw, Fields.EVALUATOR, JsonValues.text(report.get("evaluator")));
        String region = JsonValues.text(report.get("region"));
        put(kw, Fields.REGION, region.isEmpty() ? regionOf(subject) : region);
        putNumber(num, Fields.YEAR, JsonValues.number(report.get("year")));
        putNumber(num, Fields.SCORE, JsonValues.number(report.get("score")));
        JsonNode pages = source.get("pageCount");
        if (pages != null && pages.isNumber()) num.put(Fields.PAGES, pages.decimalValue());

        for (JsonNode p : root.path("problems")) put(kw, Fields.CATEGORY, JsonValues.text(p.get("category")));
        int errors = 0;
        int warnings = 0;
        for (JsonNode f : root.path("findings")) {
            String rule = f.path("rule").asText("");
            String severity = f.path("severity").asText("").toLowerCase(Locale.ROOT);
            put(kw, Fields.RULE, rule);
            switch (severity) {
                case "error" -> {
                    put(kw, Fields.ERROR, rule);
                    errors++;
                }
                case "warning" -> {
                    put(kw, Fields.WARNING, rule);
                    warnings++;
                }
                case "info" -> put(kw, Fields.INFO, rule);
                default -> { }
            }
        }
        num.put(Fields.ERRORS, BigDecimal.valueOf(errors));
        num.put(Fields.WARNINGS, BigDecimal.valueOf(warnings));

        List<IndicatorScore> indicators = indicators(root.path("indicators"));
        for (IndicatorScore i : indicators) put(kw, Fields.INDICATOR, i.name());
        return new ReportRecord(id, hash, distinct(kw), num, indicators, TextLines.of(root));
    }

    private static List<IndicatorScore> indicators(JsonNode array) {
        List<IndicatorScore> out = new ArrayList<>();
        for (JsonNode i : array) {
            String name = JsonValues.text(i.get("name"));
            if (name.isEmpty()) continue;
            BigDecimal weight = JsonValues.number(i.get("weight"));
            BigDecimal score = JsonValues.number(i.get("score"));
            BigDecimal rate = null;
            if (weight != null && score != null && weight.signum() > 0) {
                rate = score.divide(weight, Fields.SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
            } else {
                rate = statedRate(i);
            }
            out.add(new IndicatorScore(name, weight, score, rate));
        }
        return out;
    }

    /** A 得分率 stated beside the indicator (as a fraction), when its weight is not known. */
    private static BigDecimal statedRate(JsonNode indicator) {
        JsonNode r = indicator.get("rate");
        if (r == null || r.isNull()) {
            for (JsonNode s : indicator.path("statements")) {
                if (s.hasNonNull("rate")) {
                    r = s.get("rate");
                    break;
                }
            }
        }
        BigDecimal v = JsonValues.number(r);
        if (v == null) return null;
        return "%".equals(JsonValues.unit(r)) || JsonValues.text(r).endsWith("%") ? v.movePointLeft(2) : v;
    }

    /**
     * The administrative area a unit's name starts with: one to three parts, each of at least two Han
     * characters followed by 省, 市, 区, 县, 州, 旗 or 盟 and at most eight characters long —
     * {@code XX市XX区人民政府} → {@code XX市XX区}. "" when the name does not start with one.
     */
    static String regionOf(String subject) {
        int start = 0;
        for (int part = 0; part < 3; part++) {
            int end = -1;
            for (int i = start + 2; i < Math.min(subject.length(), start + 8); i++) {
                char c = subject.charAt(i);
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) break;
                if (REGION_ENDS.indexOf(c) >= 0) {
                    end = i;
                    break;
                }
            }
            if (end < 0 || !allHan(subject, start, end)) break;
            start = end + 1;
        }
        return subject.substring(0, start);
    }

    private static boolean allHan(String s, int from, int end) {
        for (int i = from; i <= end; i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.HAN) return false;
        }
        return true;
    }

    private static void put(Map<String, List<String>> kw, String field, String value) {
        if (value == null || value.isBlank()) return;
        kw.computeIfAbsent(field, k -> new ArrayList<>()).add(value.strip());
    }

    private static void putNumber(Map<String, BigDecimal> num, String field, BigDecimal v) {
        if (v != null) num.put(field, v);
    }

    private static Map<String, List<String>> distinct(Map<String, List<String>> kw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        kw.forEach((k, v) -> {
            Set<String> d = new LinkedHashSet<>(v);
            out.put(k, List.copyOf(d));
        });
        return out;
    }
}
