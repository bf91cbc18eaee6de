package io.hecha.check;

import io.hecha.extract.Extraction;
import io.hecha.model.Document;
import org.junit.jupiter.api.Test;

class ScratchTest {
    void show(String title, Document d) {
        System.out.println("=== " + title);
        for (Finding f : Checks.run(d, Extraction.empty())) System.out.println(f.severity() + " " + f.rule() + " " + f.message() + " " + f.values());
    }

    @Test
    void print() {
        show("reference", DumpDocuments.reference());
        show("三公 合计", DumpDocuments.reference(DumpDocuments.replace("39.08", 1, "39.08", "39.80")));
        show("三公 leaf", DumpDocuments.reference(DumpDocuments.replace("11.64", 2, "11.64", "11.46")));
        show("rate 51.59", DumpDocuments.reference(DumpDocuments.replace("51.59%", 1, "51.59%", "56.59%")));
        show("表2 part", DumpDocuments.reference(DumpDocuments.replace("459.74", 2, "459.74", "495.74")));
        show("表3 diff", DumpDocuments.reference(DumpDocuments.replace("-118.88", 1, "-118.88", "-118.98")));
        show("表8 rate", DumpDocuments.reference(DumpDocuments.replace("98.55%", 1, "98.55%", "98.65%")));
        show("表13 total", DumpDocuments.reference(DumpDocuments.replace("26.76", 2, "26.76", "27.76")));
    }
}
