package io.hecha.read.layout;

import java.util.List;

/**
 * What was collected from one page: its size, glyphs and rulings.
 *
 * @param number  1-based page number
 * @param width   crop box width
 * @param height  crop box height
 * @param glyphs  glyphs in content order
 * @param rulings horizontal and vertical segments
 */
public record LayoutPage(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings) {
    public LayoutPage {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
