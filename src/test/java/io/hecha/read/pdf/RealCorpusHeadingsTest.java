package io.hecha.read.pdf;

import io.hecha.TestFiles;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Section;
import io.hecha.read.HeadingHeuristics;
import io.hecha.read.InputFile;
import io.hecha.text.Spaces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Headings of published PDFs nobody here wrote ({@code ../shared/corpus/real/}): no section is
 * headed by a sentence (a body paragraph its author put in the outline), and no heading is cut
 * where its title wraps onto a second line (the outline entry on a heading spells more than it).
 */
class RealCorpusHeadingsTest {
    static Stream<Path> pdfs() {
        List<Path> all = new ArrayList<>(TestFiles.corpus("real", ".pdf"));
        all.addAll(TestFiles.corpus("wild", ".pdf"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void noSentenceHeadsASectionAndNoHeadingIsCut(Path pdf) throws Exception {
        Document d = new PdfReader().read(InputFile.of(pdf));
        List<String> sentences = d.allSections().stream().map(Section::title)
                .filter(HeadingHeuristics::readsAsSentence).toList();
        assertEquals(List.of(), sentences, "sections headed by a sentence in " + pdf.getFileName());
        List<String> cut = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            if (p.headingLevel() == 0) continue;
            String text = Spaces.withoutWide(p.text());
            for (String mark : p.bookmarks()) {
                String title = Spaces.withoutWide(mark);
                if (title.length() > text.length() && title.startsWith(text)) cut.add(p.text() + " ≠ " + mark);
            }
        }
        assertEquals(List.of(), cut, "headings shorter than their outline entry in " + pdf.getFileName());
    }
}
