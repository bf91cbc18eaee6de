package io.hecha.index;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * Reads values out of hecha's result JSON without depending on the exact shape of an extracted
 * value: a plain string or number, or an object holding {@code value}, {@code printed} or {@code text}.
 * The extraction's shape changes over time; this is the one place that has to follow.
 */
final class JsonValues {
    private JsonValues() {
    }

    /** The text of a value ("" when absent or null). */
    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "";
        if (n.isValueNode()) return n.asText("").strip();
        for (String k : new String[]{"text", "printed", "value", "name"}) {
            JsonNode v = n.get(k);
            if (v != null && v.isValueNode() && !v.isNull()) return v.asText("").strip();
        }
        return "";
    }

    /** The number of a value, or null: a JSON number, or {@code value}, or a {@code printed} decimal. */
    static BigDecimal number(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (n.isNumber()) return n.decimalValue();
        if (n.isTextual()) return parse(n.asText());
        JsonNode v = n.get("value");
        if (v != null && v.isNumber()) return v.decimalValue();
        JsonNode p = n.get("printed");
        return p != null && p.isTextual() ? parse(p.asText()) : null;
    }

    /** The unit of a value ("" when none). */
    static String unit(JsonNode n) {
        return n != null && n.isObject() ? n.path("unit").asText("") : "";
    }

    private static BigDecimal parse(String s) {
        String t = s.strip().replace(",", "").replace("%", "");
        if (t.isEmpty()) return null;
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
