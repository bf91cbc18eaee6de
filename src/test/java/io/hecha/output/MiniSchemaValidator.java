package io.hecha.output;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates JSON against the subset of JSON Schema 2020-12 that {@code schema/hecha-result.schema.json}
 * uses: local {@code $ref}, {@code type}, {@code const}, {@code enum}, {@code required},
 * {@code properties}, {@code additionalProperties}, {@code items}, {@code minimum}, {@code minItems},
 * {@code maxItems}, {@code pattern}. Any other keyword is an error, so the subset cannot drift silently.
 */
final class MiniSchemaValidator {
    private static final List<String> KNOWN = List.of("$schema", "$id", "$defs", "$ref", "title", "description",
            "type", "const", "enum", "required", "properties", "additionalProperties", "items", "minimum",
            "minItems", "maxItems", "pattern");

    private final JsonNode root;

    MiniSchemaValidator(JsonNode root) {
        this.root = root;
    }

    /** The violations, each as "path: problem"; empty when valid. */
    List<String> validate(JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode v, String path, List<String> errors) {
        if (errors.size() > 50) return;
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KNOWN.contains(k)) errors.add(path + ": schema keyword not supported by the test validator: " + k);
        }
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), v, path, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), v)) {
            errors.add(path + ": expected " + schema.get("type") + " but was " + v.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(v)) errors.add(path + ": must be " + schema.get("const"));
        if (schema.has("enum")) {
            boolean any = false;
            for (JsonNode e : schema.get("enum")) any |= e.equals(v);
            if (!any) errors.add(path + ": not one of " + schema.get("enum"));
        }
        if (schema.has("minimum") && v.isNumber() && v.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            errors.add(path + ": below minimum " + schema.get("minimum"));
        }
        if (schema.has("pattern") && v.isTextual() && !Pattern.compile(schema.get("pattern").asText()).matcher(v.asText()).find()) {
            errors.add(path + ": does not match " + schema.get("pattern"));
        }
        if (v.isArray()) {
            if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) errors.add(path + ": too few items");
            if (schema.has("maxItems") && v.size() > schema.get("maxItems").asInt()) errors.add(path + ": too many items");
            if (schema.has("items")) {
                for (int i = 0; i < v.size(); i++) check(schema.get("items"), v.get(i), path + "[" + i + "]", errors);
            }
        }
        if (v.isObject()) {
            if (schema.has("required")) {
                for (JsonNode r : schema.get("required")) {
                    if (!v.has(r.asText())) errors.add(path + ": missing " + r.asText());
                }
            }
            JsonNode props = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = path + "." + f.getKey();
                if (props != null && props.has(f.getKey())) {
                    check(props.get(f.getKey()), f.getValue(), p, errors);
                } else if (additional != null) {
                    if (additional.isBoolean()) {
                        if (!additional.asBoolean()) errors.add(p + ": unexpected key");
                    } else {
                        check(additional, f.getValue(), p, errors);
                    }
                }
            }
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) throw new IllegalArgumentException("only local refs: " + ref);
        JsonNode n = root;
        for (String part : ref.substring(2).split("/")) n = n.get(part);
        if (n == null) throw new IllegalArgumentException("unresolved ref " + ref);
        return n;
    }

    private static boolean typeMatches(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeMatches(t, v)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
