package io.hecha.read.pdf;

import io.hecha.read.layout.Glyph;
import io.hecha.read.layout.LayoutPage;
import io.hecha.read.layout.Ruling;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks each page's content stream once, collecting both its glyphs with their positions (PDFBox's
 * text stripper does the font decoding and removes overprinted duplicates; its own line building
 * is not used) and its rulings: stroked lines and rectangle edges, and thin filled rectangles (how
 * many producers draw table borders). Curves, images and white strokes are not rulings. A page
 * whose content cannot be read is kept with what was read of it, and reported.
 */
final class PdfContentEngine extends PDFTextStripper {
    /** What was read: the pages in order and the problems met (page number, message). */
    record Content(List<LayoutPage> pages, List<String> problems, List<Integer> problemPages) {
    }

    private final List<LayoutPage> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Integer> problemPages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    /** Font dictionaries read as {@link TextOnlyFont}s, or mapped to null when PDFBox's own font is needed. */
    private final Map<COSDictionary, PDFont> textOnlyFonts = new IdentityHashMap<>();
    private final Map<TextPosition, Boolean> strokedFill = new IdentityHashMap<>();
    private final RulingSink rulings = new RulingSink();
    private final OverprintFilter overprints = new OverprintFilter();
    private List<Glyph> glyphs = new ArrayList<>();

    private PdfContentEngine() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false); // done here, cheaper: see OverprintFilter
        for (String op : RulingSink.OPERATORS) addOperator(new PathOperator(this, op));
        addOperator(new FontOperator(this));
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** Pages 1..lastPage with their glyphs and rulings. */
    static Content read(PDDocument doc, int lastPage) throws IOException {
        PdfContentEngine e = new PdfContentEngine();
        e.setStartPage(1);
        e.setEndPage(lastPage);
        e.writeText(doc, Writer.nullWriter());
        return new Content(e.pages, e.problems, e.problemPages);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        int before = pages.size();
        try {
            super.processPage(page);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String m = e.getMessage();
            problems.add("page content cannot be read, text and tables may be missing: "
                    + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m));
            problemPages.add(getCurrentPageNo());
            if (pages.size() == before) endPage(page);
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs = new ArrayList<>();
        overprints.clear();
        PDRectangle crop = page.getCropBox();
        rulings.start(crop.getLowerLeftX(), crop.getUpperRightY());
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        PDRectangle crop = page.getCropBox();
        pages.add(new LayoutPage(getCurrentPageNo(), crop.getWidth(), crop.getHeight(), glyphs, rulings.take()));
        glyphs = new ArrayList<>();
        strokedFill.clear();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String u = text.getUnicode();
        if (u != null && !u.isEmpty() && overprints.seen(u, text.getX(), text.getY(), text.getWidth() / u.length() / 3f)) {
            return;
        }
        try {
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            if (mode == RenderingMode.FILL_STROKE) strokedFill.put(text, Boolean.TRUE);
        } catch (RuntimeException ignored) {
            // no graphics state: plain glyph
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) continue;
                double size = t.getFontSizeInPt();
                if (!(size > 0.5) || size > 500) size = Math.max(t.getHeightDir() * 1.2, 1);
                glyphs.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 0), size,
                        strokedFill.containsKey(t) || isBold(t.getFont())));
            }
        }
    }

    private boolean isBold(PDFont font) {
        if (font == null) return false;
        return boldFonts.computeIfAbsent(font, PdfContentEngine::boldFont);
    }

    private static boolean boldFont(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("heavy") || name.contains("black")
                || name.contains("semibold") || name.contains("demi") || name.contains("黑体")
                || name.contains("simhei")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /** The path construction and painting operators, handed to the {@link RulingSink}. */
    private static final class PathOperator extends OperatorProcessor {
        private final PdfContentEngine engine;
        private final String name;

        PathOperator(PdfContentEngine engine, String name) {
            super(engine);
            this.engine = engine;
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            try {
                engine.rulings.operator(name, numbers(operands), engine);
            } catch (RuntimeException e) {
                engine.rulings.abandonPath(); // a malformed path draws nothing
            }
        }

        private static float[] numbers(List<COSBase> operands) {
            float[] out = new float[operands.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(operands.get(i) instanceof COSNumber n)) return new float[0];
                out[i] = n.floatValue();
            }
            return out;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /**
     * {@code Tf}, as PDFBox's own operator, except that a font {@link TextOnlyFont} can stand
     * for is read as one (kept for the document; PDFBox's resource cache is left alone, so pages
     * rendered for OCR get full fonts).
     */
    private static final class FontOperator extends OperatorProcessor {
        private final PdfContentEngine engine;

        FontOperator(PdfContentEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (operands.size() < 2) throw new MissingOperandException(operator, operands);
            if (!(operands.get(0) instanceof COSName name) || !(operands.get(1) instanceof COSNumber size)) return;
            PDTextState state = engine.getGraphicsState().getTextState();
            state.setFontSize(size.floatValue());
            PDResources resources = engine.getResources();
            PDFont font = engine.textOnlyFont(resources, name);
            state.setFont(font != null ? font : resources.getFont(name));
        }

        @Override
        public String getName() {
            return OperatorName.SET_FONT_AND_SIZE;
        }
    }

    private PDFont textOnlyFont(PDResources resources, COSName name) {
        if (resources == null) return null;
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null || !(fonts.getDictionaryObject(name) instanceof COSDictionary dict)) return null;
        if (textOnlyFonts.containsKey(dict)) return textOnlyFonts.get(dict);
        PDFont font = TextOnlyFont.of(dict);
        textOnlyFonts.put(dict, font);
        return font;
    }

    /** Device-space point of a user-space point under the current transformation. */
    Point2D.Float device(float x, float y) {
        return transformedPoint(x, y);
    }
}
