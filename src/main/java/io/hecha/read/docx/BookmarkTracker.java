package io.hecha.read.docx;

import io.hecha.model.Bookmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Collects bookmarks while the body is walked: where each starts (block, and cell when in a table)
 * and the block where its matching {@code w:bookmarkEnd} (same {@code w:id}) stands.
 */
final class BookmarkTracker {
    /** Word's "last edit position" bookmark, not a real one. */
    static final String GO_BACK = "_GoBack";

    private static final class Entry {
        final String name;
        final int first;
        int last = -1;
        final int row;
        final int column;

        Entry(String name, int first, int row, int column) {
            this.name = name;
            this.first = first;
            this.row = row;
            this.column = column;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> openById = new HashMap<>();

    /** True when this name is kept ({@code _GoBack} is not). */
    static boolean kept(String name) {
        return name != null && !name.isEmpty() && !name.equals(GO_BACK);
    }

    /** A bookmark starts in block {@code block} (in a cell when row ≥ 0). */
    void start(String id, String name, int block, int row, int column) {
        if (!kept(name)) return;
        Entry e = new Entry(name, block, row, column);
        entries.add(e);
        if (id != null && !id.isEmpty()) openById.put(id, e);
    }

    /** The bookmark with this id ends in block {@code block}. */
    void end(String id, int block) {
        Entry e = openById.remove(id);
        if (e != null) e.last = Math.max(e.first, block);
    }

    /** The bookmarks in start order; {@code tableIdAt} gives the id of the table block at an index. */
    List<Bookmark> finish(IntFunction<String> tableIdAt) {
        List<Bookmark> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            int last = e.last < 0 ? e.first : e.last;
            String table = e.row >= 0 ? tableIdAt.apply(e.first) : null;
            out.add(new Bookmark(e.name, e.first, last, table, table == null ? -1 : e.row, table == null ? -1 : e.column));
        }
        return out;
    }
}
