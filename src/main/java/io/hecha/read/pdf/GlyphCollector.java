package io.hecha.read.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the glyphs of every page with their positions (PDFBox's text stripper does the font
 * decoding and removes overprinted duplicates; its own line building is not used).
 */
public final class GlyphCollector extends PDFTextStripper {
    private final Map<Integer, List<Glyph>> byPage = new HashMap<>();
    private final Map<TextPosition, Boolean> strokedFill = new IdentityHashMap<>();

    private GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Glyphs of pages 1..lastPage, keyed by page number (pages without text are absent). */
    public static Map<Integer, List<Glyph>> collect(PDDocument doc, int lastPage) throws IOException {
        GlyphCollector c = new GlyphCollector();
        c.setStartPage(1);
        c.setEndPage(lastPage);
        c.writeText(doc, new StringWriter());
        return c.byPage;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
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
        List<Glyph> out = byPage.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>());
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u == null || u.isEmpty()) continue;
                double size = t.getFontSizeInPt();
                if (!(size > 0.5) || size > 500) size = Math.max(t.getHeightDir() * 1.2, 1);
                out.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 0), size,
                        strokedFill.containsKey(t) || isBold(t.getFont())));
            }
        }
        strokedFill.clear();
    }

    private static boolean isBold(PDFont font) {
        if (font == null) return false;
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("heavy") || name.contains("black")
                || name.contains("semibold") || name.contains("demi") || name.contains("黑体")
                || name.contains("simhei")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
