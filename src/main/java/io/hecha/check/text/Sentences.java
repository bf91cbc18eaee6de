package io.hecha.check.text;

import io.hecha.interpret.Interpretation;
import io.hecha.model.Location;
import io.hecha.model.CellIndex;
import io.hecha.model.Block;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.text.DisplayedNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's running text (and its long table cells) into sentences and finds the numbers
 * they state, skipping years, dates, codes (A1, B15), outline numbers and document numbers.
 */
public final class Sentences {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z.．〔\\[])([-−－]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万元|亿元|元|%|％|个百分点|分|个|家|人|项|次|户|场)?");
    private static final Pattern NOT_AMOUNT_AFTER = Pattern.compile("^(年|月|日|号|〕|]|部分|[、．.]\\D|）|\\)|＋|\\+|\\*|×)");
    private static final int MIN_CELL_SENTENCE = 12;

    private Sentences() {
    }

    /**
     * Every sentence of the interpreted document (as {@link #of(Document)}), split once and shared by
     * every rule that reads them (unmodifiable).
     */
    public static List<Sentence> of(Interpretation in) {
        return in.derived(Sentences.class, in.document(), () -> List.copyOf(of(in.document())));
    }

    /** Every sentence of the body's paragraphs and of the tables' long text cells. */
    public static List<Sentence> of(Document doc) {
        List<Sentence> out = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        int paragraph = -1, table = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p) {
                paragraph++;
                Location loc = Location.paragraph(paragraph, p);
                String text = p.displayText();
                int from = 0, shift = p.number().length();
                for (String s : split(text)) {
                    int at = text.indexOf(s, from);
                    from = at < 0 ? from : at + s.length();
                    Location where = at < 0 ? loc
                            : loc.withChars(Math.max(0, at - shift), Math.max(0, at - shift + s.length()));
                    out.add(sentence(s, where, i));
                }
            } else if (b instanceof Table t) {
                table++;
                for (TableCell c : t.cells()) {
                    if (c.text().length() < MIN_CELL_SENTENCE || DisplayedNumber.parse(c.text()).isPresent()) continue;
                    Location loc = Location.cell(table, t, c.row(), c.column(), t.text(c.row(), 0), t.text(0, c.column()),
                            CellIndex.provenance(c, t), c.bookmarks().isEmpty() ? "" : c.bookmarks().get(0));
                    for (String s : split(c.text())) out.add(sentence(s, loc, i));
                }
            }
        }
        return out;
    }


    /** Splits text at 。！？ and line breaks (；and ， stay inside a sentence). */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                flush(out, cur);
                continue;
            }
            cur.append(c);
            if (c == '。' || c == '！' || c == '？') flush(out, cur);
        }
        flush(out, cur);
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }

    /** A sentence with its numbers. */
    public static Sentence sentence(String text, Location loc, int blockIndex) {
        return new Sentence(text, loc, blockIndex, amounts(text));
    }

    /** The numbers stated in a text. */
    public static List<Amount> amounts(String text) {
        List<Amount> out = new ArrayList<>();
        if (!DisplayedNumber.hasDigit(text)) return out; // every number of NUMBER has one
        Matcher m = NUMBER.matcher(text);
        int labelStart = 0;
        while (m.find()) {
            String unit = m.group(2) == null ? "" : m.group(2).replace('％', '%');
            if (unit.isEmpty() && notAmountAfter(text, m.end(1))) {
                continue; // a year, date or outline number: part of the next amount's label
            }
            if (m.start() > 0 && isCodeLetter(text.charAt(m.start() - 1))) {
                labelStart = m.end();
                continue;
            }
            String printed = m.group(1) + (unit.equals("%") ? text.substring(m.end(1), m.end()).strip() : "");
            if (unit.equals("%")) printed = text.substring(m.start(1), m.end()).replace(" ", "");
            DisplayedNumber n = DisplayedNumber.parse(printed).orElse(null);
            if (n == null) continue;
            String label = text.substring(labelStart, m.start());
            int cut = Math.max(Math.max(label.lastIndexOf('，'), label.lastIndexOf('；')),
                    Math.max(label.lastIndexOf('：'), label.lastIndexOf('、')));
            if (cut >= 0) label = label.substring(cut + 1);
            out.add(new Amount(n, unit, label.strip(), m.start(1), m.end()));
            labelStart = m.end();
        }
        return out;
    }

    /** True when what follows a number (white space skipped) says it is no amount; reads the text in place. */
    private static boolean notAmountAfter(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return NOT_AMOUNT_AFTER.matcher(text).region(k, text.length()).find();
    }

    private static boolean isCodeLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
