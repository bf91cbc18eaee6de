package io.hecha.check;

import io.hecha.TestFiles;
import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.ChartSeries;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.Assembler;
import io.hecha.text.ChineseNumbering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: builds a Document straight from the reference dump text (paragraphs, TAB-cell tables,
 * chart caches), so that rules can be tested before the DOCX reader and fixtures exist, and so that
 * variants can be made by editing dump lines. Short rows give their first cell the missing columns;
 * empty cells below a filled one in the first two columns repeat it (as a vertical merge reads).
 */
public final class DumpDocuments {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^]]*]");

    private DumpDocuments() {
    }

    /** The reference report's dump lines. */
    public static List<String> referenceLines() {
        try {
            return Files.readAllLines(TestFiles.shared().resolve("reference/tangshan-gxj-2024-overall-evaluation.txt"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference report as a Document. */
    public static Document reference() {
        return parse(referenceLines());
    }

    /** The reference with its lines edited. */
    public static Document reference(UnaryOperator<List<String>> edit) {
        return parse(edit.apply(new ArrayList<>(referenceLines())));
    }

    /** Replaces the first line containing {@code find} (exactly {@code occurrence}-th, 1-based) textually. */
    public static UnaryOperator<List<String>> replace(String lineContains, int occurrence, String from, String to) {
        return lines -> {
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(lineContains) && ++seen == occurrence) {
                    String l = lines.get(i);
                    if (!l.contains(from)) throw new IllegalArgumentException("no " + from + " in " + l);
                    lines.set(i, l.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
                    return lines;
                }
            }
            throw new IllegalArgumentException("no line with " + lineContains);
        };
    }

    /** Parses dump lines. */
    public static Document parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String[]> chartData = new ArrayList<>();
        int i = 0;
        int n = lines.size();
        // chart caches at the end: lines with tabs not starting with a tab, after 附件
        while (i < n) {
            String line = lines.get(i);
            if (line.startsWith("\t")) {
                List<List<String>> rows = new ArrayList<>();
                List<String> row = new ArrayList<>();
                while (i < n) {
                    String l = lines.get(i);
                    if (l.startsWith("\t")) {
                        row.add(strip(l.substring(1)));
                    } else if (l.isEmpty()) {
                        if (!row.isEmpty()) rows.add(row);
                        row = new ArrayList<>();
                        if (i + 1 >= n || !lines.get(i + 1).startsWith("\t")) {
                            i++;
                            break;
                        }
                    } else if (!row.isEmpty()) {
                        row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + strip(l));
                    } else {
                        break;
                    }
                    i++;
                }
                if (!row.isEmpty()) rows.add(row);
                blocks.add(table(rows, blocks.size(), true));
                continue;
            }
            String text = strip(line).strip();
            if (line.contains("\t") && !text.isEmpty()) {
                chartData.add(line.split("\t"));
            } else if (!text.isEmpty()) {
                boolean heading = BOOKMARK.matcher(line).find() && text.length() < 40
                        && ChineseNumbering.match(text).isPresent() || text.matches("^(附件\\d|第.部分).{0,30}");
                blocks.add(new Paragraph(text, "", "", heading ? 1 : 0, List.of(), Provenance.at(blocks.size())));
            }
            i++;
        }
        // place the k-th chart just before the k-th 图 caption
        List<Block> placed = new ArrayList<>();
        int k = 0;
        for (Block b : blocks) {
            if (b instanceof Paragraph p && p.text().matches("^图\\d+\\s.*") && k < chartData.size()) {
                placed.add(chart(chartData.get(k++), placed.size()));
            }
            placed.add(b);
        }
        List<Block> renumbered = new ArrayList<>();
        for (Block b : placed) renumbered.add(reindex(b, renumbered.size()));
        return Assembler.assemble(new Source("reference.txt", "", "txt", "text/plain", null, "ok"),
                new Assembler.Parts(renumbered, List.of(), Map.of(), true), List.of());
    }

    private static Block reindex(Block b, int index) {
        Provenance p = Provenance.at(index);
        if (b instanceof Paragraph x) return new Paragraph(x.text(), x.number(), x.style(), x.headingLevel(), x.bookmarks(), p);
        if (b instanceof Table t) return new Table(t.id(), t.caption(), t.sectionPath(), t.headerRows(), t.cells(), t.grid(), p);
        Chart c = (Chart) b;
        return new Chart(c.id(), c.caption(), c.type(), c.categories(), c.series(), p);
    }

    private static Chart chart(String[] tokens, int index) {
        List<String> t = new ArrayList<>();
        for (String s : tokens) if (!s.isBlank()) t.add(s.strip());
        int half = t.size() / 2;
        return new Chart("chart", "", "bar", t.subList(0, half), List.of(new ChartSeries("得分率", t.subList(half, t.size()))),
                Provenance.at(index));
    }

    private static String strip(String s) {
        return BOOKMARK.matcher(s).replaceAll("").strip();
    }

    /** A table from rows of cell texts; short rows widen their first cell. */
    public static Table table(List<List<String>> rows, int index, boolean mergeDown) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> grid = new ArrayList<>();
        List<TableCell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int extra = width - row.size();
            List<String> g = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c);
                int span = c == 0 ? extra + 1 : 1;
                if (mergeDown && text.isEmpty() && c < 2 && r > 1 && c + extra < 2) {
                    text = grid.get(r - 1).get(g.size());
                }
                cells.add(new TableCell(r, g.size(), 1, span, text, List.of(), List.of(), null));
                for (int s = 0; s < span; s++) g.add(text);
            }
            grid.add(g);
        }
        return new Table("table", "", "", 1, cells, grid, Provenance.at(index));
    }

    /** A table from a grid literal (first row header). */
    public static Table grid(String[][] g) {
        List<List<String>> rows = new ArrayList<>();
        for (String[] r : g) rows.add(List.of(r));
        return table(rows, 0, false);
    }
}
