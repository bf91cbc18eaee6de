package io.hecha.extract;

import io.hecha.model.Location;
import io.hecha.extract.mapping.Mapping;
import io.hecha.extract.mapping.Mapping.ItemsSpec;
import io.hecha.model.Block;
import io.hecha.model.Paragraph;
import io.hecha.text.ChineseNumbering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads numbered items (problems, suggestions) from the block stream: a heading or short numbered
 * line answering to the spec's heading words opens a region that runs until the next line numbered at
 * the same or an outer level (or a heading of the same or a higher level). Inside it, each numbered
 * line starts an item; unnumbered paragraphs are its text. Items nest by numbering kind (（一） &gt; 1、
 * &gt; （1）). Every region found is read (a report states its problems in the 摘要 and in the body).
 */
final class Items {
    private static final int MAX_TITLE = 60;

    private Items() {
    }

    static List<Item> read(Context ctx, ItemsSpec spec, Map<String, List<String>> categories, String what) {
        List<Item> out = new ArrayList<>();
        if (spec.headings().isEmpty()) return out;
        List<Block> blocks = ctx.doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) continue;
            String text = p.displayText().strip();
            Optional<ChineseNumbering.Match> num = ChineseNumbering.match(text);
            boolean headingLike = p.isHeading() || num.isPresent() && text.length() <= 30;
            if (!headingLike) continue;
            String title = num.map(ChineseNumbering.Match::rest).orElse(text);
            if (!Words.mentions(title, spec.headings()) || Words.mentions(title, spec.exclude())) continue;
            if (enclosesAnother(blocks, i, spec, p, num)) continue;
            int rank = num.map(x -> x.kind().rank()).orElse(0);
            i = region(ctx, blocks, i, p, rank, categories, out);
        }
        if (out.isEmpty()) ctx.notFound(what, "numbered items under headings " + spec.headings());
        return out;
    }

    /**
     * True when a heading that answers the spec (存在的问题和建议) has, right below, a more specific
     * one that answers too ((一)存在的问题): read the inner one only.
     */
    private static boolean enclosesAnother(List<Block> blocks, int i, ItemsSpec spec, Paragraph p,
                                           Optional<ChineseNumbering.Match> num) {
        int rank = num.map(x -> x.kind().rank()).orElse(0);
        for (int j = i + 1; j < blocks.size(); j++) {
            if (!(blocks.get(j) instanceof Paragraph q)) continue;
            String t = q.displayText().strip();
            if (t.isEmpty()) continue;
            Optional<ChineseNumbering.Match> m = ChineseNumbering.match(t);
            if (q.isHeading() && p.isHeading() && q.headingLevel() <= p.headingLevel() && (m.isEmpty() || rank == 0)) return false;
            if (m.isPresent() && rank > 0 && m.get().kind().rank() <= rank) return false;
            if (m.isEmpty() || t.length() > 30) continue;
            boolean deeper = rank > 0 && m.get().kind().rank() > rank || q.isHeading() && p.isHeading() && q.headingLevel() > p.headingLevel();
            if (deeper && Words.mentions(m.get().rest(), spec.headings()) && !Words.mentions(m.get().rest(), spec.exclude())) return true;
        }
        return false;
    }

    /** Reads one region; returns the index of its last block. */
    private static int region(Context ctx, List<Block> blocks, int start, Paragraph head, int headRank,
                              Map<String, List<String>> categories, List<Item> out) {
        String basePath = head.provenance().sectionPath();
        String headText = head.displayText().strip();
        if (!basePath.endsWith(headText) && !basePath.contains(ChineseNumbering.match(headText).map(ChineseNumbering.Match::number).orElse("\u0000"))) {
            basePath = basePath.isEmpty() ? headText : basePath + " > " + headText;
        }
        List<int[]> stack = new ArrayList<>(); // {rank}
        List<String> titles = new ArrayList<>();
        Open cur = null;
        int i = start + 1;
        int itemRankTop = -1;
        for (; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!(b instanceof Paragraph p)) continue;
            String text = p.displayText().strip();
            if (text.isEmpty()) continue;
            Optional<ChineseNumbering.Match> num = ChineseNumbering.match(text);
            if (p.isHeading() && head.isHeading() && p.headingLevel() <= head.headingLevel() && num.map(x -> x.kind().rank() <= headRank || headRank == 0).orElse(true)) break;
            if (num.isPresent() && headRank > 0 && num.get().kind().rank() <= headRank) break;
            if (num.isPresent() && num.get().kind() == ChineseNumbering.Kind.ATTACHMENT) break;
            boolean itemLine = num.isPresent() && num.get().kind() != ChineseNumbering.Kind.PART
                    && (itemRankTop < 0 || num.get().kind().rank() >= itemRankTop);
            if (itemLine) {
                int rank = num.get().kind().rank();
                if (itemRankTop < 0) itemRankTop = rank;
                if (cur != null) out.add(cur.close(categories));
                while (!stack.isEmpty() && stack.get(stack.size() - 1)[0] >= rank) {
                    stack.remove(stack.size() - 1);
                    titles.remove(titles.size() - 1);
                }
                String rest = num.get().rest();
                String title = rest, body = "";
                int stop = firstStop(rest);
                if (rest.length() > MAX_TITLE && stop > 0 || stop > 0 && stop < rest.length() - 1) {
                    title = rest.substring(0, stop + 1);
                    body = rest.substring(stop + 1).strip();
                }
                String path = titles.isEmpty() ? basePath : basePath + " > " + String.join(" > ", titles);
                cur = new Open(path, num.get().number(), title, ctx.textWhere(p, text), stack.size());
                cur.text.append(body);
                stack.add(new int[]{rank});
                titles.add(num.get().number() + title);
            } else if (cur != null) {
                if (cur.text.length() > 0) cur.text.append('\n');
                cur.text.append(text);
            } else if (itemRankTop < 0) {
                // an unnumbered region: each paragraph is one item
                out.add(new Open(basePath, "", text.length() > MAX_TITLE ? text.substring(0, firstStopOr(text)) : text,
                        ctx.textWhere(p, text), 0).withText(text).close(categories));
            }
        }
        if (cur != null) out.add(cur.close(categories));
        return i - 1;
    }

    private static int firstStop(String s) {
        int i = s.indexOf('。');
        return i;
    }

    private static int firstStopOr(String s) {
        int i = s.indexOf('。');
        return i > 0 ? i + 1 : Math.min(s.length(), MAX_TITLE);
    }

    /** An item being read. */
    private static final class Open {
        final String path, number, title;
        final Location where;
        final int level;
        final StringBuilder text = new StringBuilder();

        Open(String path, String number, String title, Location where, int level) {
            this.path = path;
            this.number = number;
            this.title = title;
            this.where = where;
            this.level = level;
        }

        Open withText(String t) {
            text.append(t);
            return this;
        }

        Item close(Map<String, List<String>> categories) {
            return new Item(path, number, title, text.toString(), Categories.of(title + "\n" + text, title, categories), where, level);
        }
    }
}
