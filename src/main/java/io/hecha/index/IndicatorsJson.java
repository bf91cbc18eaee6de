package io.hecha.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.output.Json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The indicators stored with a report ({@link Fields#INDICATORS_JSON}): {@code [{name, weight, score, rate}]}, decimals as strings. */
public final class IndicatorsJson {
    private IndicatorsJson() {
    }

    /** The stored form, or null when there are none. */
    public static String write(List<IndicatorScore> indicators) {
        if (indicators.isEmpty()) return null;
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (IndicatorScore i : indicators) {
            ObjectNode n = a.addObject();
            n.put("name", i.name());
            if (i.weight() != null) n.put("weight", i.weight().toPlainString());
            if (i.score() != null) n.put("score", i.score().toPlainString());
            if (i.rate() != null) n.put("rate", i.rate().toPlainString());
        }
        return a.toString();
    }

    /** The indicators of a stored form (none for null or unreadable). */
    public static List<IndicatorScore> read(String json) {
        if (json == null || json.isEmpty()) return List.of();
        List<IndicatorScore> out = new ArrayList<>();
        try {
            for (JsonNode n : Json.MAPPER.readTree(json)) {
                out.add(new IndicatorScore(n.path("name").asText(""), decimal(n, "weight"), decimal(n, "score"), decimal(n, "rate")));
            }
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
        return out;
    }

    private static BigDecimal decimal(JsonNode n, String key) {
        return n.hasNonNull(key) ? new BigDecimal(n.get(key).asText()) : null;
    }
}
