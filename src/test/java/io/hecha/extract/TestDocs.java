package io.hecha.extract;

import io.hecha.model.Block;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Source;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.Assembler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small model documents for extraction tests: paragraphs, headings and plain grids. */
final class TestDocs {
    private TestDocs() {
    }

    static Paragraph para(String text) {
        return new Paragraph(text, "", "", 0, List.of(), Provenance.at(0));
    }

    static Paragraph heading(int level, String text) {
        return new Paragraph(text, "", "Heading" + level, level, List.of(), Provenance.at(0));
    }

    /** A table without merged cells. */
    static Table table(String id, List<List<String>> grid) {
        List<TableCell> cells = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                cells.add(new TableCell(r, c, 1, 1, grid.get(r).get(c), List.of(), List.of(), Provenance.at(0)));
            }
        }
        return new Table(id, "", "", 1, cells, grid, Provenance.at(0));
    }

    /** A document of these blocks, with captions linked and the section tree built. */
    static Document document(List<Block> blocks) {
        List<Block> indexed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Provenance p = Provenance.at(i);
            if (b instanceof Paragraph x) indexed.add(new Paragraph(x.text(), x.number(), x.style(), x.headingLevel(), x.bookmarks(), p));
            else if (b instanceof Table t) indexed.add(new Table(t.id(), t.caption(), "", t.headerRows(), t.cells(), t.grid(), p));
            else indexed.add(b);
        }
        return Assembler.assemble(new Source("test.docx", "", "docx", "", null, "ok"),
                new Assembler.Parts(indexed, List.of(), Map.of(), true), List.of());
    }
}
