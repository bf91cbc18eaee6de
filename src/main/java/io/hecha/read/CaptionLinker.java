package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.text.ChineseNumbering;
import io.hecha.text.DisplayedNumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives tables and charts their ids and captions from the caption paragraphs next to them:
 * {@code 表7  固定资产情况表} above a table (sometimes below; 部门/单位 lines between do not count),
 * {@code 图1 …} below a chart (sometimes above). A table right under an {@code 附件N} heading takes that heading as caption and
 * {@code 附件N} as id. Others get {@code table-N} / {@code chart-N}. Every format's reader calls this.
 */
final class CaptionLinker {
    private static final Pattern TABLE_CAPTION = Pattern.compile("^\\s*(?:续)?(表\\s*[0-9０-９]+(?:[-－.．][0-9０-９]+)?)(?![0-9０-９]).*");
    private static final Pattern CHART_CAPTION = Pattern.compile("^\\s*(图\\s*[0-9０-９]+(?:[-－.．][0-9０-９]+)?)(?![0-9０-９]).*");
    /**
     * A line of a table's title block that says whose the table is or its unit (部门：…, 编制单位：…,
     * 单位：万元, （单位：元）); up to {@link #REACH} of them between a caption and the table below it
     * do not count in the reach.
     */
    private static final Pattern UNIT_LINE = Pattern.compile("^[（(]?(?:金额|计量|编制|填报|报送|预算)?(?:单位|部门)\\s*[：:]");
    /** How far (in blocks, skipping empty paragraphs) a caption may stand from its object. */
    private static final int REACH = 2;
    private static final int MAX_CAPTION_LENGTH = 60;

    private CaptionLinker() {
    }

    /** Returns the blocks with tables and charts carrying their ids and captions. */
    public static List<Block> link(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        Set<String> used = new HashSet<>();
        int tableNo = 0, chartNo = 0;
        for (int i = 0; i < out.size(); i++) {
            Block b = out.get(i);
            if (b instanceof Table t) {
                tableNo++;
                Optional<String[]> cap = find(out, i, TABLE_CAPTION, true);
                if (cap.isEmpty()) cap = attachmentHeading(out, i);
                if (cap.isEmpty()) cap = find(out, i, TABLE_CAPTION, false);
                String id = unique(cap.map(c -> c[0]).orElse("table-" + tableNo), used);
                String caption = cap.map(c -> c[1]).orElse(t.caption());
                out.set(i, new Table(id, caption, t.sectionPath(), t.headerRows(), t.cells(), t.grid(), t.provenance()));
            } else if (b instanceof Chart c) {
                chartNo++;
                Optional<String[]> cap = find(out, i, CHART_CAPTION, false);
                if (cap.isEmpty()) cap = find(out, i, CHART_CAPTION, true);
                String id = unique(cap.map(x -> x[0]).orElse("chart-" + chartNo), used);
                String caption = cap.map(x -> x[1]).orElse(c.caption());
                out.set(i, new Chart(id, caption, c.type(), c.categories(), c.series(), c.provenance()));
            }
        }
        return out;
    }

    private static Optional<String[]> find(List<Block> blocks, int at, Pattern p, boolean above) {
        int seen = 0, skipped = 0;
        for (int j = above ? at - 1 : at + 1; j >= 0 && j < blocks.size() && seen < REACH; j += above ? -1 : 1) {
            Block b = blocks.get(j);
            if (!(b instanceof Paragraph para)) return Optional.empty();
            String text = para.displayText().strip();
            if (text.isEmpty()) continue;
            if (above && UNIT_LINE.matcher(text).find() && text.length() <= MAX_CAPTION_LENGTH && skipped++ < REACH) {
                continue;
            }
            seen++;
            Matcher m = p.matcher(text);
            if (m.matches() && text.length() <= MAX_CAPTION_LENGTH) {
                return Optional.of(new String[]{normalizeId(m.group(1)), text});
            }
            if (para.isHeading()) return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String[]> attachmentHeading(List<Block> blocks, int at) {
        for (int j = at - 1; j >= 0 && j >= at - 1 - REACH; j--) {
            if (!(blocks.get(j) instanceof Paragraph para)) return Optional.empty();
            String text = para.displayText().strip();
            if (text.isEmpty()) continue;
            Optional<ChineseNumbering.Match> m = ChineseNumbering.match(text);
            if (m.isPresent() && m.get().kind() == ChineseNumbering.Kind.ATTACHMENT) {
                return Optional.of(new String[]{normalizeId(m.get().number()), text});
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code 表 ７} → {@code 表7}: half-width digits, no spaces. */
    static String normalizeId(String raw) {
        return DisplayedNumber.normalize(raw).replace(" ", "");
    }

    private static String unique(String id, Set<String> used) {
        String u = id;
        for (int n = 2; !used.add(u); n++) u = id + "-" + n;
        return u;
    }
}
