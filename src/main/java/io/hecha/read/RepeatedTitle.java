package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's title block repeated at the top of the next page before the table's next part: the
 * paragraphs there (表号, title, 部门/单位 lines, 单位：万元 …) have, in order, the same texts as the
 * paragraphs standing right before the table's first part. Only the texts are compared, never what
 * they say, so the rule holds for any title block; a different title (another 表号 or name) is a
 * new table. {@link TableJoin} joins the part after such a run when it also repeats the header rows.
 */
final class RepeatedTitle {
    /** A title block longer than this is not looked for. */
    private static final int MAX_PARAGRAPHS = 6;

    private RepeatedTitle() {
    }

    /**
     * The index in {@code blocks} of the table that follows a repeated title block starting at
     * {@code from}, or -1. {@code out} holds the blocks placed so far, {@code head} the index there of
     * the table part the block would continue. The run (non-empty paragraphs, empty ones skipped) must
     * stand on the page after the part's last page, as the next table's first page, and repeat the
     * last paragraphs before the part's first piece.
     */
    static int continuation(List<Block> blocks, int from, List<Block> out, int head) {
        Table part = (Table) out.get(head);
        if (part.provenance().page() == null) return -1;
        int page = lastPage(part) + 1;
        List<String> run = new ArrayList<>();
        int j = from;
        for (; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Table) break;
            if (!(b instanceof Paragraph p)) return -1;
            String text = squash(p.displayText());
            if (text.isEmpty()) continue;
            Integer at = p.provenance().page();
            if (at == null || at != page || run.size() == MAX_PARAGRAPHS) return -1;
            run.add(text);
        }
        if (j == blocks.size() || run.isEmpty()) return -1;
        Table next = (Table) blocks.get(j);
        if (next.provenance().page() == null || firstPage(next) != page) return -1;
        int k = run.size() - 1;
        for (int i = head - 1; i >= 0 && k >= 0; i--) {
            if (!(out.get(i) instanceof Paragraph p)) return -1;
            String text = squash(p.displayText());
            if (text.isEmpty()) continue;
            if (!text.equals(run.get(k))) return -1;
            k--;
        }
        return k < 0 ? j : -1;
    }

    static int firstPage(Table t) {
        return t.provenance().areas().stream().mapToInt(PageArea::page).min().orElse(0);
    }

    static int lastPage(Table t) {
        return t.provenance().areas().stream().mapToInt(PageArea::page).max().orElse(0);
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') b.append(c);
        }
        return b.toString();
    }
}
