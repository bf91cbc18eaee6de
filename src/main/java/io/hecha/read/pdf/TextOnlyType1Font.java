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

import java.io.InputStream;
import java.io.IOException;

/**
 * An embedded Type 1 font read for its text only. Text extraction needs a simple font's widths,
 * its Unicode text and its box, never its glyph outlines; for an embedded Type 1 font these come
 * from the font dictionary's /Widths, its /ToUnicode map and its descriptor's /FontBBox, and
 * PDFBox's own font takes them from there too. What PDFBox would also do is decrypt and parse the
 * whole font program (for the CJK subsets office suites embed, a sixth of a page's reading time),
 * which this class skips. It stands in only where it gives the same widths, text and box as
 * PDFBox's font: {@link #of} returns {@code null} for any other font, which is then read as usual.
 */
final class TextOnlyType1Font extends PDFont {
    private final BoundingBox box;
    /** PDFBox's own font of the same dictionary, made only for a code /ToUnicode does not map. */
    private PDFont full;

    private TextOnlyType1Font(COSDictionary dict, PDRectangle box) {
        super(dict);
        this.box = new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
    }

    /**
     * The text-only font for {@code dict}, or {@code null} when it is not an embedded Type 1 font
     * with a /ToUnicode map, a width for every code from /FirstChar to /LastChar, and a non-empty
     * box in its descriptor.
     */
    static PDFont of(COSDictionary dict) {
        if (!COSName.TYPE1.equals(dict.getCOSName(COSName.SUBTYPE))) return null;
        COSDictionary fd = dict.getCOSDictionary(COSName.FONT_DESC);
        if (fd == null || fd.containsKey(COSName.FONT_FILE3) || !(fd.getDictionaryObject(COSName.FONT_FILE) instanceof COSStream)
                || !(dict.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream)) {
            return null;
        }
        COSArray widths = dict.getCOSArray(COSName.WIDTHS);
        int first = dict.getInt(COSName.FIRST_CHAR, -1);
        int last = dict.getInt(COSName.LAST_CHAR, -1);
        if (widths == null || first < 0 || last < first || last > 255 || widths.size() < last - first + 1) return null;
        PDRectangle box = new PDFontDescriptor(fd).getFontBoundingBox();
        if (box == null || box.getWidth() == 0 || box.getHeight() == 0) return null;
        TextOnlyType1Font font = new TextOnlyType1Font(dict, box);
        return font.getToUnicodeCMap() != null ? font : null;
    }

    /**
     * The /ToUnicode text of {@code code}; for a code it does not map (the .notdef glyph, say),
     * what PDFBox's own font gives, from the font program's encoding, parsed only then, or else
     * the code taken as its own character, as PDFBox does for simple fonts.
     */
    @Override
    public String toUnicode(int code, GlyphList glyphs) {
        String text = super.toUnicode(code);
        if (text != null) return text;
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
