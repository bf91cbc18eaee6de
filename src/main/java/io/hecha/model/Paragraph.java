package io.hecha.model;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of running text, a heading, or a caption, as displayed (tracked changes accepted,
 * fields showing their result, auto-numbering rendered into {@link #number}).
 *
 * @param text         the displayed text, without the auto-number; full-width characters as printed
 * @param number       the rendered auto-number (e.g. {@code （一）}) when Word numbering supplies one, else ""
 * @param style        the style name as the source calls it ("" when none)
 * @param headingLevel 1..9 when this paragraph heads a section, 0 for body text
 * @param bookmarks    names of bookmarks that start in this paragraph
 * @param provenance   where it stands
 */
public record Paragraph(String text, String number, String style, int headingLevel,
                        List<String> bookmarks, Provenance provenance) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        number = number == null ? "" : number;
        style = style == null ? "" : style;
        bookmarks = List.copyOf(bookmarks);
    }

    /** The text as a reader sees it: rendered number followed by the text. */
    public String displayText() {
        return number.isEmpty() ? text : number + text;
    }

    /** True when this paragraph heads a section. */
    public boolean isHeading() {
        return headingLevel > 0;
    }
}
