package io.hecha.read.pdf;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An embedded simple font (Type 1 or TrueType) read for its text only. Text extraction needs a
 * simple font's widths, its Unicode text and its box, never its glyph outlines; these come from
 * the font dictionary's /Widths, its /ToUnicode map and its descriptor's /FontBBox, and PDFBox's
 * own font takes them from there too. What PDFBox would also do is parse the font program (for
 * the Type 1 CJK subsets office suites embed, decrypting and parsing every glyph: a sixth of a
 * page's reading time), which this class skips. It stands in only where it gives the same widths,
 * text and box as PDFBox's font: {@link #of} returns {@code null} for any other font, which is
 * then read as usual. Widths and texts are kept per code, so a glyph costs two array reads.
 */
final class TextOnlyFont extends PDFont {
    private final BoundingBox box;
    private final float[] widths = new float[256];
    private final String[] texts = new String[256];
    /** PDFBox's own font of the same dictionary, made only for a code /ToUnicode does not map. */
    private PDFont full;

    private TextOnlyFont(COSDictionary dict, PDRectangle box) {
        super(dict);
        this.box = new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
        Arrays.fill(widths, Float.NaN);
    }

    /**
     * The text-only font for {@code dict}, or {@code null} when it is not an embedded Type 1 or
     * TrueType font with a /ToUnicode map, a width for every code from /FirstChar to /LastChar,
     * and a non-empty box in its descriptor.
     */
    static PDFont of(COSDictionary dict) {
        COSName subtype = dict.getCOSName(COSName.SUBTYPE);
        COSName program = COSName.TYPE1.equals(subtype) ? COSName.FONT_FILE
                : COSName.TRUE_TYPE.equals(subtype) ? COSName.FONT_FILE2 : null;
        COSDictionary fd = dict.getCOSDictionary(COSName.FONT_DESC);
        if (program == null || fd == null || fd.containsKey(COSName.FONT_FILE3)
                || !(fd.getDictionaryObject(program) instanceof COSStream)
                || !(dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
            return null;
        }
        COSArray widths = dict.getCOSArray(COSName.WIDTHS);
        int first = dict.getInt(COSName.FIRST_CHAR, -1);
        int last = dict.getInt(COSName.LAST_CHAR, -1);
        if (widths == null || first < 0 || last < first || last > 255 || widths.size() < last - first + 1) return null;
        PDRectangle box = new PDFontDescriptor(fd).getFontBoundingBox();
        if (box == null || box.getWidth() == 0 || box.getHeight() == 0) return null;
        TextOnlyFont font = new TextOnlyFont(dict, box);
        return font.getToUnicodeCMap() != null ? font : null;
    }

    /**
     * The /ToUnicode text of {@code code}; for a code it does not map (the .notdef glyph, say),
     * what PDFBox's own font gives, from the font program's encoding, parsed only then, or else
     * the code taken as its own character, as PDFBox does for simple fonts.
     */
    @Override
    public String toUnicode(int code, GlyphList glyphs) {
        if (code >= 0 && code < 256 && texts[code] != null) return texts[code];
        String text = super.toUnicode(code);
        if (text != null) {
            if (code >= 0 && code < 256) texts[code] = text;
            return text;
        }
        try {
            if (full == null) full = PDFontFactory.createFont(getCOSObject());
            text = full.toUnicode(code, glyphs);
        } catch (IOException e) {
            text = null;
        }
        return text != null ? text : String.valueOf((char) code);
    }

    @Override
    public String toUnicode(int code) {
        return toUnicode(code, GlyphList.getAdobeGlyphList());
    }

    @Override
    public float getWidth(int code) throws IOException {
        if (code < 0 || code > 255) return super.getWidth(code);
        float w = widths[code];
        if (Float.isNaN(w)) w = widths[code] = super.getWidth(code);
        return w;
    }

    @Override
    public String getName() {
        return getCOSObject().getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public BoundingBox getBoundingBox() {
        return box;
    }

    @Override
    public float getHeight(int code) {
        return box.getHeight();
    }

    @Override
    public boolean hasExplicitWidth(int code) {
        int first = getCOSObject().getInt(COSName.FIRST_CHAR, -1);
        return code >= first && code <= getCOSObject().getInt(COSName.LAST_CHAR, -1);
    }

    /** Codes outside /FirstChar../LastChar: the descriptor's /MissingWidth, as PDFBox gives them. */
    @Override
    public float getWidthFromFont(int code) {
        PDFontDescriptor fd = getFontDescriptor();
        return fd == null ? 0 : fd.getMissingWidth();
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean isDamaged() {
        return false;
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return in.read();
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    protected float getStandard14Width(int code) {
        return 0;
    }

    @Override
    protected byte[] encode(int unicode) {
        throw new UnsupportedOperationException("a font read for its text cannot encode");
    }

    @Override
    public void addToSubset(int codePoint) {
        throw new UnsupportedOperationException("a font read for its text cannot be subset");
    }

    @Override
    public void subset() {
        throw new UnsupportedOperationException("a font read for its text cannot be subset");
    }

    @Override
    public boolean willBeSubset() {
        return false;
    }
}
