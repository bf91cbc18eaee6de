package io.hecha.extract.mapping;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappingLoaderTest {
    static Path bad(String name) {
        return Path.of("src/test/resources/mappings-bad", name);
    }

    @Test
    void unknownKeyNamesFileLineAndKey() {
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(bad("unknown-key.yaml")));
        assertTrue(e.getMessage().contains("unknown-key.yaml"), e.getMessage());
        assertEquals(6, e.line(), e.getMessage());
        assertEquals("report.score.heading", e.key());
        assertTrue(e.getMessage().contains("unknown key 'heading'"), e.getMessage());
    }

    @Test
    void badPatternNamesKey() {
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(bad("bad-pattern.yaml")));
        assertEquals("report.grade", e.key(), e.getMessage());
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("bad pattern"), e.getMessage());
    }

    @Test
    void badYamlSyntaxGivesLine() {
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(bad("bad-yaml.yaml")));
        assertTrue(e.getMessage().startsWith(bad("bad-yaml.yaml") + ":"), e.getMessage());
        assertTrue(e.line() >= 4, e.getMessage());
    }

    @Test
    void missingVersionIsRejected() {
        MappingException e = assertThrows(MappingException.class, () -> MappingLoader.load(bad("no-version.yaml")));
        assertTrue(e.getMessage().contains("version"), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void shippedMappingsLoad() throws Exception {
        MappingSet set = MappingSet.fromDirectory(Path.of("mappings"));
        assertEquals(5, set.mappings().size());
        for (LoadedMapping m : set.mappings()) {
            assertTrue(m.mapping().version() >= 1);
            assertFalse(m.mapping().checks().isEmpty(), m.file());
        }
        assertTrue(set.mappings().stream().anyMatch(m -> m.mapping().type().equals("部门整体支出绩效评价")));
        assertTrue(Files.exists(Path.of("target/classes/mappings/绩效自评表.yaml")), "packaged on the class path");
        assertEquals(5, MappingSet.fromClasspath().mappings().size());
    }
}
