package io.hecha.extract;

import io.hecha.model.Location;
import io.hecha.model.Block;
import io.hecha.model.CellIndex;
import io.hecha.model.TableCell;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Section;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One extraction run over one document: block indexes, section lookups by heading words, and the
 * diagnostics collected on the way. Not shared between threads.
 */
final class Context {
    final Document doc;
    final String mappingFile;
    private final Map<Block, Integer> index = new IdentityHashMap<>();
    private final Map<Paragraph, Integer> paragraphIndex = new IdentityHashMap<>();
    private final Map<Table, Integer> tableIndex = new IdentityHashMap<>();
    private final Map<Table, CellIndex> cellIndex = new IdentityHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Context(Document doc, String mappingFile) {
        this.doc = doc;
        this.mappingFile = mappingFile;
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            index.put(b, i);
            if (b instanceof Paragraph p) paragraphIndex.put(p, paragraphIndex.size());
            else if (b instanceof Table t) tableIndex.put(t, tableIndex.size());
        }
    }

    /** Index of a block in {@link Document#blocks()}, or -1. */
    int indexOf(Block b) {
        return index.getOrDefault(b, -1);
    }

    /** Records that a field was not found, with what was looked for. */
    void notFound(String field, String lookedFor) {
        diagnostics.add(Diagnostic.warning("extract.not-found",
                field + " not found (mapping " + mappingFile + "; looked for " + lookedFor + ")", null));
    }

    void info(String code, String message) {
        diagnostics.add(Diagnostic.info(code, message, null));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Where a sentence of a paragraph was read: the paragraph's reference and the sentence's characters. */
    Location textWhere(Paragraph p, String sentence) {
        Location l = Location.paragraph(paragraphIndex.getOrDefault(p, -1), p);
        String text = p.displayText();
        int at = sentence == null ? -1 : text.indexOf(sentence);
        if (at < 0) return l;
        int shift = p.number().length();
        return l.withChars(Math.max(0, at - shift), Math.max(0, at - shift + sentence.length()));
    }

    /** Where a table cell was read: the cell's reference, and its own page and box when the reader gave them. */
    Location cellWhere(Table t, int row, int column) {
        CellIndex cells = cellIndex.computeIfAbsent(t, CellIndex::of);
        TableCell cell = cells.at(row, column);
        return Location.cell(tableIndex.getOrDefault(t, -1), t, row, column, "", "", CellIndex.provenance(cell, t),
                cell == null || cell.bookmarks().isEmpty() ? "" : cell.bookmarks().get(0));
    }

    /**
     * Paragraphs (not headings) of the sections whose heading mentions one of {@code words}, in reading
     * order; empty when no section does or when {@code words} is empty.
     */
    List<Paragraph> paragraphsUnder(Collection<String> words) {
        if (words.isEmpty()) return List.of();
        return under.computeIfAbsent(List.copyOf(words), this::computeUnder);
    }

    private final Map<List<String>, List<Paragraph>> under = new java.util.HashMap<>();

    private List<Paragraph> computeUnder(List<String> words) {
        Set<Block> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Paragraph> out = new ArrayList<>();
        for (Section s : doc.allSections()) {
            if (!Words.mentions(s.title(), words)) continue;
            for (Block b : s.allBlocks()) {
                if (b instanceof Paragraph p && !p.isHeading() && seen.add(p)) out.add(p);
            }
        }
        out.sort(java.util.Comparator.comparingInt(this::indexOf));
        return out;
    }

    private final Map<Paragraph, List<String>> sentences = new IdentityHashMap<>();

    /** The sentences of a paragraph's displayed text (cached). */
    List<String> sentences(Paragraph p) {
        return sentences.computeIfAbsent(p, x -> Sentences.split(x.displayText()));
    }

    /** Every body paragraph, headings included, in reading order. */
    List<Paragraph> paragraphs() {
        return doc.paragraphs();
    }

    private final Map<Table, int[][]> headerCandidates = new IdentityHashMap<>();

    /** {@link HeaderMatch#candidates} of a table row, computed once per row. */
    int[] headerCandidates(Table t, int row) {
        int[][] rows = headerCandidates.computeIfAbsent(t, k -> new int[k.rowCount()][]);
        if (rows[row] == null) rows[row] = HeaderMatch.candidates(t, row);
        return rows[row];
    }

    private final Map<List<String>, Map<String, Double>> bestMatches = new IdentityHashMap<>();

    /**
     * {@link Words#bestMatch} of a text against a mapping's synonyms, computed once per text and
     * list in this document: every table row is matched as a header against every table spec's
     * columns, and the same cell texts come back for each. Keyed by the list's identity (a
     * mapping's lists are immutable).
     */
    double bestMatch(String text, List<String> synonyms) {
        Map<String, Double> byText = bestMatches.computeIfAbsent(synonyms, k -> new java.util.HashMap<>());
        Double d = byText.get(text);
        if (d == null) {
            d = Words.bestMatch(text, synonyms);
            byText.put(text, d);
        }
        return d;
    }

    /** Position of each paragraph of {@link Document#paragraphs()}, by identity (built on first use). */
    private Map<Paragraph, Integer> position;
    /** Equal paragraphs of the document → the position of the first of them. */
    private Map<Paragraph, Integer> firstEqual;
    /** For each position, the position of the first paragraph equal to it. */
    private int[] canonical;

    /**
     * {@code first} then every other paragraph of the document, without repeats (paragraphs
     * compared by equality, the first kept, as a {@link LinkedHashSet} of both would). The
     * document's paragraphs are hashed once per document, not once per field asking.
     */
    List<Paragraph> preferring(List<Paragraph> first) {
        List<Paragraph> all = doc.paragraphs();
        if (canonical == null) {
            position = new IdentityHashMap<>();
            firstEqual = new java.util.HashMap<>();
            canonical = new int[all.size()];
            for (int i = 0; i < all.size(); i++) {
                position.putIfAbsent(all.get(i), i);
                Integer c = firstEqual.putIfAbsent(all.get(i), i);
                canonical[i] = c == null ? i : c;
            }
        }
        boolean[] taken = new boolean[all.size()];
        Set<Paragraph> others = new LinkedHashSet<>(); // of `first`, equal to no paragraph of the document
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : first) {
            Integer at = position.get(p);
            if (at == null) at = firstEqual.get(p);
            if (at == null) {
                if (others.add(p)) out.add(p);
            } else if (!taken[canonical[at]]) {
                taken[canonical[at]] = true;
                out.add(p);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (!taken[canonical[i]]) {
                taken[canonical[i]] = true;
                out.add(all.get(i));
            }
        }
        return out;
    }
}
