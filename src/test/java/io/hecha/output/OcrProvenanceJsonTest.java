package io.hecha.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.TestFiles;
import io.hecha.model.BoundingBox;
import io.hecha.model.OcrConfidence;
import io.hecha.model.Provenance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A provenance of OCR'd text carries its confidence and uncertain ranges into the JSON, as the schema says. */
class OcrProvenanceJsonTest {
    private static final OcrConfidence CONFIDENCE =
            new OcrConfidence(0.8126, List.of(new OcrConfidence.Range(3, 4), new OcrConfidence.Range(7, 9)));

    @Test
    void ocrKeyOnlyWhenReadByOcr() {
        Provenance plain = new Provenance(2, "一、", 3, new BoundingBox(10, 20, 30, 40));
        assertFalse(DocumentJson.provenance(plain).has("ocr"));
        JsonNode ocr = DocumentJson.provenance(plain.withOcr(CONFIDENCE)).get("ocr");
        assertEquals("0.813", ocr.get("confidence").asText());
        assertEquals("[[3,4],[7,9]]", ocr.get("uncertain").toString());
        assertEquals("一、", plain.withOcr(CONFIDENCE).withSectionPath("一、").sectionPath());
        assertEquals(CONFIDENCE, plain.withOcr(CONFIDENCE).withSectionPath("二、").ocr());
    }

    @Test
    void uncertainRangesOverlap() {
        assertTrue(CONFIDENCE.uncertainIn(0, 4));
        assertFalse(CONFIDENCE.uncertainIn(4, 7));
        assertTrue(CONFIDENCE.uncertainIn(8, 20));
        assertFalse(CONFIDENCE.uncertainIn(9, 20));
    }

    @Test
    void schemaAdmitsTheOcrKeyAndRejectsABadOne() throws IOException {
        MiniSchemaValidator v = ResultSchemaTest.validator();
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(TestFiles.golden("tangshan-gxj-2024.pdf").toFile());
        ObjectNode cell = (ObjectNode) doc.get("tables").get(0).get("cells").get(0);
        ObjectNode p = (ObjectNode) cell.get("provenance");
        p.set("ocr", DocumentJson.provenance(Provenance.at(0).withOcr(CONFIDENCE)).get("ocr"));
        assertTrue(v.validate(doc).isEmpty(), v.validate(doc).toString());
        ((ArrayNode) p.get("ocr").get("uncertain")).addArray().add(1);
        assertFalse(v.validate(doc).isEmpty());
    }
}
