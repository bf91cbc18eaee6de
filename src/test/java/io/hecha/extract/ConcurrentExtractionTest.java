package io.hecha.extract;

import io.hecha.TestFiles;
import io.hecha.fixtures.DumpDocument;
import io.hecha.model.Document;
import io.hecha.output.ExtractionJson;
import io.hecha.output.Json;
import io.hecha.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One pipeline shared by several threads extracts the same as one thread alone. */
class ConcurrentExtractionTest {
    static String json(Extraction e) {
        var root = Json.object();
        ExtractionJson.write(root, e);
        return Json.toText(root);
    }

    @Test
    void sharedPipelineIsThreadSafe() throws Exception {
        Document ref = DumpDocument.of(TestFiles.shared().resolve("reference/tangshan-gxj-2024-overall-evaluation.txt"));
        Document form = DumpDocument.of(TestFiles.fixtureSource("self-eval-form-sample.txt"));
        Document project = DumpDocument.of(TestFiles.fixtureSource("project-eval-sample.txt"));
        List<Document> docs = List.of(ref, form, project);
        Pipeline pipeline = new Pipeline();
        List<String> expected = docs.stream().map(d -> json(pipeline.extract(d))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> got = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Document d = docs.get(i % 3);
                got.add(pool.submit(() -> json(pipeline.extract(d))));
            }
            for (int i = 0; i < got.size(); i++) assertEquals(expected.get(i % 3), got.get(i).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
