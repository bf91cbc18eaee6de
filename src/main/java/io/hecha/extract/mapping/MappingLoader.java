package io.hecha.extract.mapping;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one mapping file into a {@link Mapping}, strictly: unknown or duplicate keys are errors. */
public final class MappingLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private MappingLoader() {
    }

    /** Reads a mapping file. */
    public static LoadedMapping load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in);
        } catch (IOException e) {
            throw new MappingException(file.toString(), 0, 0, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a mapping from a stream; {@code name} is used in messages. */
    public static LoadedMapping load(String name, InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MappingException(name, 0, 0, "", "cannot read: " + e.getMessage(), e);
        }
        try {
            Mapping m = YAML.readValue(text, Mapping.class);
            if (m == null) throw new MappingException(name, 0, 0, "", "the file is empty", null);
            return new LoadedMapping(fileName(name), m);
        } catch (IOException e) {
            MappingException me = (MappingException) toMappingException(name, e);
            int line = lineOfKey(text, me.key(), me.line());
            if (line == me.line()) throw me;
            String reason = me.getMessage().substring(me.getMessage().indexOf("): ") + 3);
            throw new MappingException(name, line, 0, me.key(), reason, e);
        }
    }

    /**
     * The line where the last key of a path is written, searching back from where the parser stopped
     * (a parser reports the end of the offending value, a reviewer wants the key's own line).
     */
    static int lineOfKey(String text, String path, int reported) {
        if (path.isEmpty() || reported <= 0) return reported;
        String last = path.replaceAll("\\[\\d+]$", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        String[] lines = text.split("\n", -1);
        java.util.regex.Pattern key = java.util.regex.Pattern.compile("^\\s*(?:-\\s*)?['\"]?" + java.util.regex.Pattern.quote(last) + "['\"]?\\s*:");
        for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
            if (key.matcher(lines[i]).find()) return i + 1;
        }
        return reported;
    }

    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private static RuntimeException toMappingException(String name, IOException e) {
        int line = 0, column = 0;
        String key = "";
        String reason = e.getMessage();
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation loc = jpe.getLocation();
            if (jpe.getProcessor() instanceof JsonParser p && p.currentTokenLocation() != null
                    && p.currentTokenLocation().getLineNr() > 0 && !(e instanceof com.fasterxml.jackson.core.JsonParseException)) {
                loc = p.currentTokenLocation();
            }
            if (loc != null) {
                line = loc.getLineNr();
                column = loc.getColumnNr();
            }
            reason = jpe.getOriginalMessage();
        }
        if (e instanceof JsonMappingException jme) {
            key = path(jme);
            if (e instanceof UnrecognizedPropertyException upe) {
                reason = "unknown key '" + upe.getPropertyName() + "' (known: " + upe.getKnownPropertyIds() + ")";
            } else if (jme.getCause() instanceof IllegalArgumentException iae) {
                reason = iae.getMessage();
            } else if (jme.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
                reason = npe.getMessage();
            }
        }
        if (reason != null) reason = reason.lines().findFirst().orElse(reason);
        return new MappingException(name, line, column, key, reason == null ? e.toString() : reason, e);
    }

    /** The key path of a mapping error as {@code a.b[2].c}. */
    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) b.append('.');
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
