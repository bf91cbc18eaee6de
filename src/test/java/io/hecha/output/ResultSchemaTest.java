package io.hecha.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.TestFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every golden JSON ({@code src/test/resources/goldens/}) has the shape {@code schema/hecha-result.schema.json} describes. */
class ResultSchemaTest {
    static MiniSchemaValidator validator() throws IOException {
        JsonNode schema = Json.MAPPER.readTree(Path.of("schema/hecha-result.schema.json").toFile());
        assertEquals(ResultJson.SCHEMA_VERSION, schema.at("/properties/schemaVersion/const").asText(),
                "schema file and ResultJson.SCHEMA_VERSION agree");
        return new MiniSchemaValidator(schema);
    }

    @TestFactory
    Stream<DynamicTest> goldensMatchTheSchema() throws IOException {
        MiniSchemaValidator v = validator();
        List<Path> goldens;
        try (Stream<Path> s = Files.list(TestFiles.goldens())) {
            goldens = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(goldens.isEmpty());
        return goldens.stream().map(g -> DynamicTest.dynamicTest(g.getFileName().toString(), () -> {
            List<String> errors = v.validate(Json.MAPPER.readTree(g.toFile()));
            assertTrue(errors.isEmpty(), String.join("\n", errors));
        }));
    }

    @Test
    void brokenOutputIsRejected() throws IOException {
        MiniSchemaValidator v = validator();
        Path golden = TestFiles.golden("tangshan-gxj-2024.docx");
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(golden.toFile());
        ((ObjectNode) doc.get("source")).put("surprise", 1);
        ObjectNode table = (ObjectNode) doc.get("tables").get(0);
        table.remove("rows");
        ((ArrayNode) table.get("cells")).addObject().put("row", 0).put("column", 0).put("rowSpan", 0)
                .put("colSpan", 1).put("text", "x");
        doc.put("later", "keys of later stages are admitted");
        List<String> errors = v.validate(doc);
        assertTrue(errors.stream().anyMatch(e -> e.contains("source.surprise")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("missing rows")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("rowSpan: below minimum")), errors.toString());
        assertTrue(errors.stream().noneMatch(e -> e.startsWith("$.later")), errors.toString());
        ((ObjectNode) doc.get("sections").get(0)).put("level", "one");
        assertTrue(v.validate(doc).stream().anyMatch(e -> e.startsWith("$.sections[0].level")));
    }
}
