package io.hecha.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.hecha.TestFiles;
import io.hecha.model.Paragraph;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.InputFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON {@code paragraphs} array is Document.paragraphs(), in order, so {@code #/paragraphs/p} resolves. */
class ParagraphsJsonTest {
    @Test
    void paragraphsFollowTheModelInOrder() throws Exception {
        Result r = new Pipeline().run(InputFile.of(TestFiles.fixture("project-eval-sample.docx")));
        JsonNode json = ResultJson.of(r).get("paragraphs");
        List<Paragraph> model = r.document().paragraphs();
        assertEquals(model.size(), json.size());
        int headings = 0;
        for (int p = 0; p < model.size(); p++) {
            Paragraph m = model.get(p);
            JsonNode j = json.get(p);
            assertEquals(m.text(), j.get("text").asText(), "#/paragraphs/" + p);
            assertEquals(m.number(), j.get("number").asText());
            assertEquals(m.style(), j.get("style").asText());
            assertEquals(m.headingLevel(), j.get("headingLevel").asInt());
            assertEquals(m.bookmarks().size(), j.get("bookmarks").size());
            assertEquals(m.provenance().index(), j.get("provenance").get("index").asInt());
            if (m.isHeading()) headings++;
        }
        assertEquals(r.document().allSections().size(), headings, "every section heading is in the array");
        assertTrue(model.size() > headings, "body text, not only headings");
    }
}
