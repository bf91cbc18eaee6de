package io.hecha.read.docx;

import io.hecha.model.Diagnostic;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the body walk shares: styles, numbering counters, open fields, bookmarks, diagnostics. */
final class ReadContext {
    final StyleIndex styles;
    final Numbering numbering;
    final Fields fields = new Fields();
    final BookmarkTracker bookmarks = new BookmarkTracker();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> missingNumbering = new HashSet<>();

    ReadContext(StyleIndex styles, Numbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    /** A paragraph read with its auto-number (advancing the list counters). */
    record Numbered(ParagraphText content, Numbering.Rendered number, StyleIndex.Resolved style, Integer outlineLevel) {
        String numberText() {
            return number == null ? "" : number.text();
        }
    }

    /** Reads a paragraph: displayed text, style, its rendered auto-number, effective outline level. */
    Numbered paragraph(Element p) {
        ParagraphText pt = ParagraphText.read(p, styles, fields);
        StyleIndex.Resolved rs = styles.resolve(pt.styleId);
        Integer outline = null;
        String own = Xml.val(pt.pPr, "outlineLvl");
        if (own != null) outline = Xml.parseInt(own, 9);
        else outline = rs.outlineLevel();
        int numId = 0;
        int ilvl = -1;
        Element numPr = Xml.child(pt.pPr, "numPr");
        if (numPr != null && Xml.child(numPr, "numId") != null) {
            numId = Xml.intVal(numPr, "numId", 0);
            ilvl = Xml.intVal(numPr, "ilvl", -1);
        } else if (rs.numRef() != null) {
            numId = rs.numRef().numId();
            ilvl = rs.numRef().ilvl();
        }
        if (numPr != null && Xml.child(numPr, "numId") == null && Xml.child(numPr, "ilvl") != null && rs.numRef() != null) {
            numId = rs.numRef().numId();
            ilvl = Xml.intVal(numPr, "ilvl", -1);
        }
        Numbering.Rendered n = numId > 0 ? numbering.next(numId, ilvl, pt.styleId) : null;
        if (numId > 0 && n == null && missingNumbering.add(numId)) {
            diagnostics.add(Diagnostic.warning("docx.numbering-missing", "paragraphs refer to numbering " + numId
                    + ", which numbering.xml does not define; their numbers are not shown", null));
        }
        return new Numbered(pt, n, rs, outline);
    }
}
