package io.hecha.index;

import io.hecha.index.analysis.HanlpAnalyzer;
import io.hecha.index.analysis.HanlpTokenizerFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Solr configset's schema declares every field the embedded index writes, with the same analysis. */
class SolrConfigsetTest {
    @Test
    void theSchemaHasEveryFieldAndTheHanlpAnalyzer() throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = f.newDocumentBuilder().parse(Path.of("solr/configset/hecha/conf/schema.xml").toFile());
        Map<String, Element> fields = new HashMap<>();
        NodeList nl = doc.getElementsByTagName("field");
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            fields.put(e.getAttribute("name"), e);
        }
        List<String> expected = new ArrayList<>(List.of(Fields.ID, Fields.HASH, Fields.INDICATORS_JSON));
        expected.addAll(Fields.KEYWORDS);
        expected.addAll(Fields.TEXT_FIELDS);
        for (String name : expected) assertNotNull(fields.get(name), "schema.xml declares " + name);
        for (String n : Fields.NUMBERS) {
            String solrName = n.equals(Fields.SCORE) ? "reportScore" : n;
            assertEquals("plong", fields.get(solrName).getAttribute("type"), n);
        }
        for (String k : Fields.KEYWORDS) {
            assertEquals("string", fields.get(k).getAttribute("type"), k);
            assertEquals("true", fields.get(k).getAttribute("multiValued"), k);
        }
        for (String t : Fields.TEXT_FIELDS) {
            assertEquals("hecha_text", fields.get(t).getAttribute("type"), t);
            assertEquals("true", fields.get(t).getAttribute("storeOffsetsWithPositions"), "highlighting from postings: " + t);
        }
        Element type = null;
        NodeList types = doc.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            Element e = (Element) types.item(i);
            if (e.getAttribute("name").equals("hecha_text")) type = e;
        }
        assertNotNull(type);
        assertEquals(String.valueOf(HanlpAnalyzer.VALUE_GAP), type.getAttribute("positionIncrementGap"));
        NodeList tokenizers = type.getElementsByTagName("tokenizer");
        assertEquals(2, tokenizers.getLength());
        for (int i = 0; i < 2; i++) {
            assertEquals(HanlpTokenizerFactory.NAME, ((Element) tokenizers.item(i)).getAttribute("name"));
        }
        assertTrue(Fields.indicatorField("政府采购执行率", "rate").startsWith("ind_"), "the dynamic field ind_*");
    }
}
