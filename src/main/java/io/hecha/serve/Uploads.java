package io.hecha.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.batch.BatchInput;
import io.hecha.batch.BatchOptions;
import io.hecha.batch.BatchReport;
import io.hecha.batch.BatchRunner;
import io.hecha.batch.InputProcessor;
import io.hecha.output.AtomicFiles;
import io.hecha.output.Json;
import io.hecha.output.SummaryRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Files uploaded through the page: stored in {@code uploads/files/} under a safe name (size-limited
 * while they arrive, written through a temporary and renamed, so a cut upload leaves nothing), then
 * run through the same {@link BatchRunner} as {@code hecha batch} — same limits, worker isolation
 * and time-outs — with {@code uploads/} as its output folder. Jobs run one after another; each
 * reports the state of its files (uploaded, reading, done with the batch's status and reason).
 */
final class Uploads implements AutoCloseable {
    private static final int KEPT_JOBS = 100;

    private final Path dir;
    private final Path files;
    private final BatchOptions options;
    private final InputProcessor pipeline;
    private final ExecutorService runner = Daemons.pool("hecha-serve-uploads", 1);
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    Uploads(Path dir, BatchOptions options, InputProcessor pipeline) {
        this.dir = dir;
        this.files = dir.resolve("files");
        this.options = options;
        this.pipeline = pipeline;
    }

    /** The uploads' batch output folder. */
    Path dir() {
        return dir;
    }

    long maxBytes() {
        return options.maxBytes();
    }

    /** Stores an upload under a safe name and returns that name; refuses one over the size limit. */
    String store(String sentName, long declaredLength, InputStream body) throws HttpError, IOException {
        long max = options.maxBytes();
        if (declaredLength > max) throw tooLarge(max);
        String name = UploadNames.safe(sentName);
        Path target = UploadNames.inside(files, name);
        long[] written = {0};
        try {
            AtomicFiles.write(target, out -> copyLimited(body, out, max, written));
        } catch (TooLarge e) {
            throw tooLarge(max);
        }
        return name;
    }

    private static HttpError tooLarge(long max) {
        return new HttpError(413, "file too large (limit " + max / (1024 * 1024) + " MB, --max-size)");
    }

    private static final class TooLarge extends IOException {
    }

    private static void copyLimited(InputStream in, OutputStream out, long max, long[] written) throws IOException {
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            written[0] += n;
            if (written[0] > max) throw new TooLarge();
            out.write(buf, 0, n);
        }
    }

    /** Starts processing stored files; returns the job. */
    synchronized Job submit(List<String> names) throws HttpError {
        List<String> stored = new ArrayList<>();
        for (String n : names) {
            String safe = UploadNames.safe(n);
            if (!Files.isRegularFile(UploadNames.inside(files, safe))) throw HttpError.badRequest("not uploaded: " + n);
            stored.add(safe);
        }
        if (stored.isEmpty()) throw HttpError.badRequest("no files");
        Job job = new Job(UUID.randomUUID().toString(), stored);
        jobs.put(job.id, job);
        while (jobs.size() > KEPT_JOBS) jobs.remove(jobs.keySet().iterator().next());
        runner.submit(() -> run(job));
        return job;
    }

    synchronized Job job(String id) throws HttpError {
        Job j = jobs.get(id);
        if (j == null) throw HttpError.notFound("no such job");
        return j;
    }

    /** Runs the batch over every uploaded file (the unchanged ones are reused from its journal). */
    private void run(Job job) {
        job.state = "running";
        try {
            List<BatchInput> inputs = inputs();
            InputProcessor tracked = (input, detected) -> {
                job.mark(input.fileName(), "reading");
                return pipeline.process(input, detected);
            };
            BatchReport report = new BatchRunner(options, tracked, new PrintWriter(new StringWriter()), false).run(inputs);
            for (int i = 0; i < inputs.size(); i++) job.finish(inputs.get(i).path().getFileName().toString(), report.rows().get(i));
            job.state = "done";
        } catch (IOException | RuntimeException e) {
            job.error = e.getMessage() == null ? e.toString() : e.getMessage();
            job.state = "failed";
        }
    }

    private List<BatchInput> inputs() throws IOException {
        List<BatchInput> in = new ArrayList<>();
        if (!Files.isDirectory(files)) return in;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(files)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && !n.startsWith(".")) found.add(p);
            }
        }
        found.sort(null);
        for (Path p : found) {
            String n = p.getFileName().toString();
            in.add(new BatchInput(p, "uploads/" + n, n + ".json"));
        }
        return in;
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    /** One upload's processing: a state per file, read by the page while it runs. */
    static final class Job {
        final String id;
        private final Map<String, ObjectNode> files = new LinkedHashMap<>();
        volatile String state = "queued";
        volatile String error;

        Job(String id, List<String> names) {
            this.id = id;
            for (String n : names) files.put(n, Json.object().put("name", n).put("state", "uploaded"));
        }

        synchronized void mark(String name, String state) {
            ObjectNode f = files.get(name);
            if (f != null) f.put("state", state);
        }

        synchronized void finish(String name, SummaryRow row) {
            ObjectNode f = files.get(name);
            if (f == null) return;
            f.put("state", "done");
            f.put("status", row.status().id());
            f.put("reason", row.reason());
            f.put("errors", row.errors());
            f.put("warnings", row.warnings());
            f.put("id", ReportStore.Scope.UPLOAD.prefix + ":" + name + ".json");
        }

        synchronized ObjectNode json() {
            ObjectNode n = Json.object().put("id", id).put("state", state);
            if (error != null) n.put("error", error);
            var arr = n.putArray("files");
            files.values().forEach(f -> arr.add(f.deepCopy()));
            return n;
        }
    }
}
