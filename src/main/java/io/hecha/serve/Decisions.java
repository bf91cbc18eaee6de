package io.hecha.serve;

import io.hecha.batch.BatchRunner;
import io.hecha.output.FindingRow;
import io.hecha.output.ReviewDecisions;
import io.hecha.output.ReviewDecisions.Decision;
import io.hecha.output.ReviewDecisions.Verdict;
import io.hecha.output.SummaryRow;
import io.hecha.output.SummaryXlsx;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Reviewers' decisions, saved in each folder's {@link ReviewDecisions#FILE_NAME} (read again
 * before every change, written atomically), and the folder's {@code summary.xlsx} rewritten in the
 * background with them, so the workbook a reviewer opens shows what was decided on the page.
 */
final class Decisions implements AutoCloseable {
    private final ReportStore store;
    private final PrintWriter log;
    private final ExecutorService writer = Daemons.pool("hecha-serve-summary", 1);
    private final Set<ReportStore.Scope> pending = new HashSet<>();

    Decisions(ReportStore store, PrintWriter log) {
        this.store = store;
        this.log = log;
    }

    /** The decisions of the report's folder. */
    ReviewDecisions of(ReportStore.Report report) throws HttpError {
        try {
            return ReviewDecisions.read(report.dir());
        } catch (IOException e) {
            throw new HttpError(409, e.getMessage());
        }
    }

    /** Records (or, with a null verdict, withdraws) a decision on a report's finding; returns it. */
    synchronized Decision decide(ReportStore.Report report, FindingRow finding, Verdict verdict, String comment)
            throws HttpError, IOException {
        ReviewDecisions all = of(report);
        String output = report.entry().output();
        Decision d = null;
        if (verdict == null) {
            all = all.without(output, finding.key());
        } else {
            d = new Decision(verdict, comment, finding.rule(), finding.location(), finding.values(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            all = all.with(output, finding.key(), d);
        }
        all.write(report.dir());
        rewriteSummary(report.scope());
        return d;
    }

    /** Rewrites a folder's summary.xlsx with its decisions, soon (changes coming quickly give one rewrite). */
    private void rewriteSummary(ReportStore.Scope scope) {
        synchronized (pending) {
            if (!pending.add(scope)) return;
        }
        writer.submit(() -> {
            synchronized (pending) {
                pending.remove(scope);
            }
            List<ReportStore.Report> reports = store.list(scope);
            if (reports.isEmpty()) return;
            Path dir = reports.get(0).dir();
            Path xlsx = dir.resolve(BatchRunner.XLSX);
            if (!Files.isRegularFile(xlsx)) return; // the batch has not written its summaries: nothing to update
            List<SummaryRow> rows = new ArrayList<>();
            for (ReportStore.Report r : reports) rows.add(r.entry().row());
            try {
                SummaryXlsx.write(xlsx, rows, ReviewDecisions.read(dir));
            } catch (IOException | RuntimeException e) {
                log.println("hecha serve: cannot update " + xlsx + ": " + e.getMessage());
                log.flush();
            }
        });
    }

    @Override
    public void close() {
        writer.shutdown(); // a summary being rewritten is finished, not cut
        try {
            writer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
