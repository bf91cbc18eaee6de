package io.hecha.index;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Builds the Lucene document of a {@link ReportRecord}, and the facet configuration. */
final class LuceneDocuments {
    /** Text fields: analyzed, stored, offsets in the postings for the highlighter. */
    static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private LuceneDocuments() {
    }

    /** Every {@link Fields#FACETS} field is a facet dimension, all multi-valued. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String f : Fields.FACETS) config.setMultiValued(f, true);
        return config;
    }

    static Document of(ReportRecord r, FacetsConfig config) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, r.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(r.id())));
        doc.add(new StoredField(Fields.HASH, r.hash()));
        for (Map.Entry<String, List<String>> e : r.keywords().entrySet()) {
            for (String v : e.getValue()) {
                String indexed = Fields.INDICATOR.equals(e.getKey()) ? Fields.normalizeName(v) : v;
                doc.add(new StringField(e.getKey(), indexed, Field.Store.YES));
                doc.add(new SortedSetDocValuesFacetField(e.getKey(), v));
            }
        }
        for (Map.Entry<String, BigDecimal> e : r.numbers().entrySet()) {
            doc.add(new LongPoint(e.getKey(), Fields.scaled(e.getValue())));
            doc.add(new StoredField(e.getKey(), e.getValue().toPlainString()));
        }
        BigDecimal year = r.numbers().get(Fields.YEAR);
        if (year != null) doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, year.toPlainString()));
        for (IndicatorScore i : r.indicators()) {
            point(doc, Fields.indicatorField(i.name(), "weight"), i.weight());
            point(doc, Fields.indicatorField(i.name(), "score"), i.score());
            point(doc, Fields.indicatorField(i.name(), "rate"), i.rate());
        }
        String indicators = IndicatorsJson.write(r.indicators());
        if (indicators != null) doc.add(new StoredField(Fields.INDICATORS_JSON, indicators));
        doc.add(new BinaryDocValuesField(Fields.HIT_VALUES, HitValues.of(doc)));
        doc.add(new StoredField(Fields.LINE_LENGTHS, lineLengths(r)));
        for (String field : Fields.TEXT_FIELDS) {
            for (Line l : r.lines().getOrDefault(field, List.of())) doc.add(new Field(field, l.value(), TEXT_TYPE));
        }
        return config.build(doc);
    }

    /** {@link Fields#LINE_LENGTHS}: stored before the lines, so a reader has it when they come. */
    private static byte[] lineLengths(ReportRecord r) throws IOException {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        for (String field : Fields.TEXT_FIELDS) {
            List<Line> lines = r.lines().getOrDefault(field, List.of());
            out.writeVInt(lines.size());
            for (Line l : lines) out.writeVInt(l.value().length());
        }
        return out.toArrayCopy();
    }

    private static void point(Document doc, String field, BigDecimal v) {
        if (v != null) doc.add(new LongPoint(field, Fields.scaled(v)));
    }
}
