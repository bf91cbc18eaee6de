package io.hecha.locate;

import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Section;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.text.ChineseNumbering;
import io.hecha.text.DisplayedNumber;

import java.util.List;
import java.util.Optional;

/** Finds sections by heading, bookmarks by name and tables by id in a read {@link Document}. */
public final class Locator {
    private final Document doc;

    public Locator(Document doc) {
        this.doc = doc;
    }

    /**
     * The section whose heading matches {@code text}, ignoring white space and the heading's number
     * ({@code 资产情况} finds {@code （二）资产情况}). An exact title match wins over a heading that only
     * contains the text; the first in reading order wins among equals.
     */
    public Optional<Located> heading(String text) {
        String q = squeeze(text);
        if (q.isEmpty()) return Optional.empty();
        String qTitle = squeeze(ChineseNumbering.match(text).map(ChineseNumbering.Match::rest).orElse(text));
        List<Section> all = doc.allSections();
        Section best = null;
        int bestScore = 0;
        for (Section s : all) {
            int score = score(s, q, qTitle);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(Locator::section);
    }

    private static int score(Section s, String q, String qTitle) {
        String title = squeeze(s.title());
        String heading = squeeze(s.heading());
        if (heading.equals(q)) return 5;
        if (title.equals(q) || (!qTitle.isEmpty() && title.equals(qTitle) && q.endsWith(qTitle))) return 4;
        if (title.startsWith(q)) return 3;
        if (heading.contains(q)) return 2;
        if (!qTitle.isEmpty() && title.contains(qTitle)) return 1;
        return 0;
    }

    /** The bookmark's place: a heading's section, a cell with its table, or the blocks it covers. */
    public Optional<Located> bookmark(String name) {
        Optional<Bookmark> found = doc.bookmarks().stream().filter(b -> b.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            found = doc.bookmarks().stream().filter(b -> b.name().equalsIgnoreCase(name)).findFirst();
        }
        return found.flatMap(this::place);
    }

    private Optional<Located> place(Bookmark b) {
        List<Block> blocks = doc.blocks();
        if (b.firstBlock() < 0 || b.firstBlock() >= blocks.size()) return Optional.empty();
        Block first = blocks.get(b.firstBlock());
        if (b.inCell() && first instanceof Table t) {
            TableCell cell = t.cellAt(b.row(), b.column());
            return Optional.of(new Located(Located.Kind.CELL, b.name(), null, List.of(t), t, cell));
        }
        if (first instanceof Paragraph p && p.isHeading()) {
            for (Section s : doc.allSections()) {
                if (s.provenance().index() == p.provenance().index()) return Optional.of(section(s));
            }
        }
        if (first instanceof Table t) {
            return Optional.of(new Located(Located.Kind.TABLE, b.name(), null, List.of(t), t, null));
        }
        int last = Math.max(b.firstBlock(), Math.min(b.lastBlock(), blocks.size() - 1));
        return Optional.of(new Located(Located.Kind.BLOCKS, b.name(), null,
                blocks.subList(b.firstBlock(), last + 1), null, null));
    }

    /** The table with this id ({@code 表7}, {@code 表 ７}, {@code 附件1}); falls back to a caption that starts with it. */
    public Optional<Located> table(String id) {
        String q = normalizeId(id);
        if (q.isEmpty()) return Optional.empty();
        Optional<Table> t = doc.tables().stream().filter(x -> normalizeId(x.id()).equals(q)).findFirst();
        if (t.isEmpty()) {
            t = doc.tables().stream().filter(x -> normalizeId(x.caption()).startsWith(q)).findFirst();
        }
        return t.map(x -> new Located(Located.Kind.TABLE, x.id(), null, List.of(x), x, null));
    }

    private static Located section(Section s) {
        return new Located(Located.Kind.SECTION, s.heading(), s, s.allBlocks(), null, null);
    }

    private static String normalizeId(String s) {
        return squeeze(DisplayedNumber.normalize(s == null ? "" : s));
    }

    /** Removes every kind of white space (including the ideographic space). */
    static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
