package io.hecha.search;

import io.hecha.TestFiles;
import io.hecha.index.Indexer;
import io.hecha.index.LuceneIndex;
import io.hecha.index.analysis.WordList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small embedded index of some golden results, for tests of the search internals. */
final class GoldenIndex {
    /** Four goldens: a PDF, a DOCX, a workbook and a 决算 report. */
    static final List<String> SOME = List.of("tangshan-gxj-2024.pdf.json", "project-eval-sample.docx.json",
            "self-eval-form-sample.xlsx.json", "final-accounts-kuanxiang.docx.json");

    private GoldenIndex() {
    }

    /** Indexes {@code goldens} (file names in src/test/resources/goldens) into {@code tmp}/index; its path. */
    static Path build(Path tmp, List<String> goldens, WordList words) throws Exception {
        Path reports = Files.createDirectories(tmp.resolve("reports"));
        for (String g : goldens) Files.copy(TestFiles.goldens().resolve(g), reports.resolve(g));
        Path index = tmp.resolve("index");
        try (LuceneIndex store = LuceneIndex.openForWriting(index, words)) {
            new Indexer(store, words, p -> null, null, false).run(List.of(reports), false, null);
        }
        return index;
    }
}
