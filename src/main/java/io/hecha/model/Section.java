package io.hecha.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of the report: the heading that opens it, its own blocks (up to the next heading)
 * and its child sections.
 *
 * @param number     the number as printed ({@code 第二部分}, {@code 四、}, {@code （一）}, {@code 1、},
 *                   {@code （1）}, {@code ①}), "" when the heading has none
 * @param title      the heading text without the number
 * @param level      nesting depth, 1 for top-level sections
 * @param path       the section path from the root, e.g. {@code 第二部分 > 四、 > （一）}
 * @param bookmarks  bookmarks that start on the heading
 * @param attachment true for sections under an {@code 附件N} heading
 * @param blocks     the blocks of this section that are not in a child section (heading included)
 * @param children   child sections in order
 * @param provenance where the heading stands
 */
public record Section(String number, String title, int level, String path, List<String> bookmarks,
                      boolean attachment, List<Block> blocks, List<Section> children,
                      Provenance provenance) {
    public Section {
        Objects.requireNonNull(title, "title");
        number = number == null ? "" : number;
        path = path == null ? "" : path;
        bookmarks = List.copyOf(bookmarks);
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /** The heading as displayed: number then title. */
    public String heading() {
        return number + title;
    }

    /** Adds this section and its descendants to {@code out}, depth first. */
    void collect(List<Section> out) {
        out.add(this);
        for (Section c : children) c.collect(out);
    }

    /** Every block of this section and its descendants in reading order. */
    public List<Block> allBlocks() {
        java.util.ArrayList<Block> out = new java.util.ArrayList<>(blocks);
        for (Section c : children) out.addAll(c.allBlocks());
        out.sort(java.util.Comparator.comparingInt(b -> b.provenance().index()));
        return out;
    }
}
