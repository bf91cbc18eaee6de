package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Section;
import io.hecha.model.Table;
import io.hecha.text.ChineseNumbering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Builds the section tree from blocks in reading order whose heading paragraphs are marked
 * ({@link Paragraph#headingLevel()} &gt; 0), and stamps every block with its section path.
 * <p>
 * Nesting follows the heading's outline number when it has one (第X部分 &gt; 一、 &gt; （一） &gt; 1、 &gt;
 * （1） &gt; ①, see {@link ChineseNumbering.Kind#rank()}), else its heading level; a heading closes every
 * open section of the same or a deeper rank, so skipped levels nest correctly. Headings under an
 * {@code 附件N} heading belong to an attachment section. Shared by all readers.
 */
final class SectionTreeBuilder {
    /** The result: the stamped blocks and the top-level sections. */
    public record Result(List<Block> blocks, List<Section> sections) {
    }

    private static final class Open {
        final String number;
        final String title;
        final int rank;
        final int depth;
        final String path;
        final boolean attachment;
        final List<String> bookmarks;
        final Provenance provenance;
        final List<Block> blocks = new ArrayList<>();
        final List<Section> children = new ArrayList<>();

        Open(String number, String title, int rank, int depth, String path, boolean attachment,
             List<String> bookmarks, Provenance provenance) {
            this.number = number;
            this.title = title;
            this.rank = rank;
            this.depth = depth;
            this.path = path;
            this.attachment = attachment;
            this.bookmarks = bookmarks;
            this.provenance = provenance;
        }

        Section close() {
            return new Section(number, title, depth, path, bookmarks, attachment, blocks, children, provenance);
        }
    }

    private SectionTreeBuilder() {
    }

    /** Builds the tree. */
    public static Result build(List<Block> blocks) {
        Deque<Open> stack = new ArrayDeque<>();
        List<Section> roots = new ArrayList<>();
        List<Block> stamped = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.isHeading()) {
                String[] nt = numberAndTitle(p);
                Optional<ChineseNumbering.Match> m = ChineseNumbering.match(p.displayText());
                int rank = m.map(x -> x.kind().rank()).orElse(p.headingLevel());
                boolean attachment = m.map(x -> x.kind() == ChineseNumbering.Kind.ATTACHMENT).orElse(false);
                while (!stack.isEmpty() && stack.peek().rank >= rank) {
                    closeTop(stack, roots);
                }
                Open parent = stack.peek();
                String label = nt[0].isEmpty() ? nt[1] : nt[0];
                String path = parent == null ? label : parent.path + " > " + label;
                Open s = new Open(nt[0], nt[1], rank, parent == null ? 1 : parent.depth + 1, path,
                        attachment || (parent != null && parent.attachment), p.bookmarks(),
                        p.provenance().withSectionPath(path));
                stack.push(s);
            }
            Block s = stamp(b, stack.isEmpty() ? "" : stack.peek().path);
            stamped.add(s);
            if (!stack.isEmpty()) stack.peek().blocks.add(s);
        }
        while (!stack.isEmpty()) closeTop(stack, roots);
        return new Result(stamped, roots);
    }

    /**
     * One top-level section per heading paragraph, titled with its text exactly (no number parsed:
     * a spreadsheet's sheet names), holding the blocks up to the next heading; blocks before the
     * first heading belong to no section. A title starting with {@code 附件N} is an attachment.
     */
    public static Result flat(List<Block> blocks) {
        List<Section> roots = new ArrayList<>();
        List<Block> stamped = new ArrayList<>(blocks.size());
        Open current = null;
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.isHeading()) {
                if (current != null) roots.add(current.close());
                String title = p.displayText();
                boolean attachment = ChineseNumbering.match(title)
                        .map(m -> m.kind() == ChineseNumbering.Kind.ATTACHMENT).orElse(false);
                current = new Open("", title, 1, 1, title, attachment, p.bookmarks(), p.provenance().withSectionPath(title));
            }
            Block s = stamp(b, current == null ? "" : current.path);
            stamped.add(s);
            if (current != null) current.blocks.add(s);
        }
        if (current != null) roots.add(current.close());
        return new Result(stamped, roots);
    }

    private static void closeTop(Deque<Open> stack, List<Section> roots) {
        Section done = stack.pop().close();
        if (stack.isEmpty()) roots.add(done);
        else stack.peek().children.add(done);
    }

    /** Splits a heading into its printed number and its title. */
    static String[] numberAndTitle(Paragraph p) {
        if (!p.number().isEmpty()) {
            return new String[]{p.number().strip(), p.text().strip()};
        }
        return ChineseNumbering.match(p.text())
                .map(m -> new String[]{m.number(), m.rest()})
                .orElse(new String[]{"", p.text().strip()});
    }

    private static Block stamp(Block b, String path) {
        Provenance pv = b.provenance().withSectionPath(path);
        if (b instanceof Paragraph p) {
            return new Paragraph(p.text(), p.number(), p.style(), p.headingLevel(), p.bookmarks(), pv);
        }
        if (b instanceof Table t) {
            return new Table(t.id(), t.caption(), path, t.headerRows(), t.cells(), t.grid(), pv);
        }
        Chart c = (Chart) b;
        return new Chart(c.id(), c.caption(), c.type(), c.categories(), c.series(), pv);
    }
}
