package io.hecha.serve;

import io.hecha.batch.BatchResults;
import io.hecha.batch.BatchRunner;
import io.hecha.output.SummaryCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports the page shows: those of the batch output folder and those uploaded through the
 * page (a batch output folder of their own below it), read from each folder's batch journal.
 * When a folder has a {@code summary.csv}, only the inputs of the run that wrote it are listed (the
 * journal also remembers inputs of earlier runs). Re-read when the journal or the summary changes.
 */
final class ReportStore {
    /** Where a report comes from. */
    enum Scope {
        BATCH("b"), UPLOAD("u");

        final String prefix;

        Scope(String prefix) {
            this.prefix = prefix;
        }
    }

    /** One report: its id on the page ({@code b:NAME.json}), its folder and its journal entry. */
    record Report(String id, Scope scope, Path dir, BatchResults.Entry entry) {
        /** Its JSON, or null when none was written (not read, not a document). */
        Path json() {
            return entry.row().output().isEmpty() ? null : dir.resolve(entry.row().output());
        }
    }

    private record Folder(Scope scope, Path dir) {
    }

    private record Cached(long stamp, List<Report> reports) {
    }

    private final List<Folder> folders;
    private final Map<Scope, Cached> cache = new LinkedHashMap<>();

    ReportStore(Path outputDir, Path uploadsDir) {
        this.folders = List.of(new Folder(Scope.BATCH, outputDir), new Folder(Scope.UPLOAD, uploadsDir));
    }

    /** Whether the output folder holds a batch journal. */
    boolean isBatchOutput() {
        return Files.isRegularFile(folders.get(0).dir().resolve(BatchResults.JOURNAL));
    }

    /** Every report, the batch folder's first, each in its summary's order. */
    synchronized List<Report> list() {
        List<Report> all = new ArrayList<>();
        for (Folder f : folders) all.addAll(reports(f));
        return all;
    }

    /** The reports of one folder (in summary order), e.g. to rewrite its summary. */
    synchronized List<Report> list(Scope scope) {
        return reports(folders.get(scope.ordinal()));
    }

    /** The report with this id. */
    synchronized Report find(String id) throws HttpError {
        if (id != null) {
            for (Folder f : folders) {
                if (!id.startsWith(f.scope().prefix + ":")) continue;
                for (Report r : reports(f)) if (r.id().equals(id)) return r;
            }
        }
        throw HttpError.notFound("no such report: " + id);
    }

    private List<Report> reports(Folder f) {
        Path journal = f.dir().resolve(BatchResults.JOURNAL);
        Path csv = f.dir().resolve(BatchRunner.CSV);
        long stamp = stamp(journal) * 31 + stamp(csv);
        Cached c = cache.get(f.scope());
        if (c != null && c.stamp() == stamp) return c.reports();
        Set<String> lastRun = filesOf(csv);
        List<BatchResults.Entry> entries = BatchResults.read(f.dir());
        Map<String, BatchResults.Entry> byFile = new LinkedHashMap<>();
        for (BatchResults.Entry e : entries) {
            if (lastRun == null || lastRun.contains(e.row().file())) byFile.put(e.row().file(), e);
        }
        List<Report> out = new ArrayList<>();
        for (BatchResults.Entry e : byFile.values()) {
            out.add(new Report(f.scope().prefix + ":" + e.output(), f.scope(), f.dir(), e));
        }
        cache.put(f.scope(), new Cached(stamp, List.copyOf(out)));
        return out;
    }

    private static long stamp(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis() * 1_000_003L + Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The {@code file} column of a summary.csv, or null when there is none or it cannot be read. */
    private static Set<String> filesOf(Path csv) {
        if (!Files.isRegularFile(csv)) return null;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            String column = p.getHeaderNames().get(0);
            if (!column.replace("\uFEFF", "").equals(SummaryCsv.HEADER.get(0))) return null;
            Set<String> files = new HashSet<>();
            for (CSVRecord rec : p) files.add(rec.get(column));
            return files;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
