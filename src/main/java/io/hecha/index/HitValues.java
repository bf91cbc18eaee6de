package io.hecha.index;

import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored values a search hit shows — every stored field of a report with a string value but the
 * hash and the text lines: its id, keywords, numbers and indicators, in the order stored — kept once
 * more as one binary doc value per report ({@link Fields#HIT_VALUES}, embedded index only). Stored
 * fields are compressed a block at a time, and a report's block is mostly its text lines: reading a
 * hit's few values from the stored fields decompresses all of them, reading them here decompresses
 * nothing.
 */
public final class HitValues {
    /** One stored value of a field. */
    public record Value(String field, String value) {
    }

    private HitValues() {
    }

    /** The encoded values of the stored fields among {@code fields} that a hit shows. */
    static BytesRef of(Iterable<? extends IndexableField> fields) throws IOException {
        List<Value> shown = new ArrayList<>();
        for (IndexableField f : fields) {
            if (f.fieldType().stored() && f.stringValue() != null && !Fields.HASH.equals(f.name())
                    && !Fields.TEXT_FIELDS.contains(f.name())) {
                shown.add(new Value(f.name(), f.stringValue()));
            }
        }
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        out.writeVInt(shown.size());
        for (Value v : shown) {
            out.writeString(v.field());
            out.writeString(v.value());
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The values encoded in {@code bytes} by {@link #of}, in their order. */
    public static List<Value> read(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int n = in.readVInt();
        List<Value> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new Value(in.readString(), in.readString()));
        return out;
    }
}
