package io.hecha.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A read document: where it came from, its section tree, its blocks in reading order,
 * every bookmark with the range it covers, and the diagnostics collected while reading.
 *
 * @param source      the input file and what was detected about it
 * @param sections    the top-level sections (each holds its own children and blocks)
 * @param blocks      every paragraph, table and chart of the body in reading order
 * @param bookmarks   every bookmark with the block range (and cell) where it stands
 * @param diagnostics positioned problems met while reading; reading never throws for them
 */
public record Document(Source source, List<Section> sections, List<Block> blocks,
                       List<Bookmark> bookmarks, List<Diagnostic> diagnostics) {
    public Document {
        Objects.requireNonNull(source, "source");
        sections = List.copyOf(sections);
        blocks = List.copyOf(blocks);
        bookmarks = List.copyOf(bookmarks);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every table of the body in reading order (nested tables are reached through their cells). */
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Table t) out.add(t);
        }
        return out;
    }

    /** Every chart in reading order. */
    public List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Chart c) out.add(c);
        }
        return out;
    }

    /** Every paragraph of the body in reading order (not those inside table cells). */
    public List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) out.add(p);
        }
        return out;
    }

    /** The table with this id ({@code 表7}), if any. */
    public Optional<Table> table(String id) {
        return tables().stream().filter(t -> id.equals(t.id())).findFirst();
    }

    /** Every section of the tree, depth first, parents before children. */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) s.collect(out);
        return out;
    }

    /** A copy with more diagnostics appended. */
    public Document withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new Document(source, sections, blocks, bookmarks, all);
    }
}
