package io.hecha.batch;

import io.hecha.output.DisplayWidth;
import io.hecha.output.FileNames;
import io.hecha.output.Plural;
import io.hecha.output.SummaryRow;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a batch's progress on stderr: on a terminal one line redrawn in place — a bar, the count,
 * elapsed time, the estimated time left and the input being read, cut to the terminal's width
 * (wide CJK characters count two columns); otherwise (logs, CI) one plain line per finished input.
 * Failures are always printed as their own line.
 */
final class Progress {
    /** Columns when the terminal's width is not known. */
    static final int DEFAULT_COLUMNS = 80;
    private static final int MIN_BAR = 10;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final int columns;
    private final long startNanos = System.nanoTime();
    private final Map<BatchInput, Boolean> reading = new LinkedHashMap<>();
    private int done;
    private int shownWidth;

    Progress(PrintWriter err, boolean terminal, int total) {
        this(err, terminal, total, terminalColumns());
    }

    Progress(PrintWriter err, boolean terminal, int total, int columns) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.columns = Math.max(20, columns);
    }

    /**
     * The terminal's width: {@code -Dhecha.columns} (the launcher passes {@code tput cols}), the
     * {@code COLUMNS} environment variable, or 80.
     */
    static int terminalColumns() {
        for (String v : new String[]{System.getProperty("hecha.columns"), System.getenv("COLUMNS")}) {
            if (v == null) continue;
            try {
                int n = Integer.parseInt(v.strip());
                if (n > 0) return n;
            } catch (NumberFormatException e) {
                // ignore
            }
        }
        return DEFAULT_COLUMNS;
    }

    /** An input is being read. */
    synchronized void started(BatchInput input) {
        reading.put(input, Boolean.TRUE);
        if (terminal) draw();
    }

    /** Reports one finished input. */
    synchronized void finished(BatchInput input, Outcome o) {
        done++;
        reading.remove(input);
        SummaryRow r = o.row();
        String what = switch (r.status()) {
            case OK -> (o.reused() ? "unchanged" : "ok") + " (" + Plural.of(r.errors(), "error") + ", "
                    + Plural.of(r.warnings(), "warning") + ")";
            case NOT_CHECKED -> (o.reused() ? "unchanged, not checked: " : "not checked: ") + r.reason();
            case FAILED -> (o.reused() ? "unchanged, failed: " : "failed: ") + r.reason();
            case SKIPPED -> (o.reused() ? "unchanged, skipped: " : "skipped: ") + r.reason();
        };
        String line = "[" + done + "/" + total + "] " + input.display() + " — " + FileNames.printable(what);
        if (!terminal) {
            err.println(line);
        } else {
            if (r.status() == SummaryRow.Status.FAILED) {
                clear();
                err.println(line);
            }
            draw();
        }
        err.flush();
    }

    /** Ends the bar line. */
    synchronized void close() {
        if (terminal && shownWidth > 0) {
            err.println();
            err.flush();
        }
    }

    private void draw() {
        String current = reading.isEmpty() ? "" : reading.keySet().iterator().next().display();
        String text = line(done, total, Duration.ofNanos(System.nanoTime() - startNanos), current, columns);
        int w = DisplayWidth.of(text);
        err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - w)));
        shownWidth = w;
        err.flush();
    }

    private void clear() {
        if (shownWidth > 0) err.print("\r" + " ".repeat(shownWidth) + "\r");
        shownWidth = 0;
    }

    /**
     * The progress line: {@code [#####-----] 12/40 0:31 ETA 1:12 name}, at most {@code columns - 1}
     * columns wide (the last column is left free so that the terminal does not wrap), the name cut
     * at its start when it does not fit ({@code …/2024/报告.docx}).
     */
    static String line(int done, int total, Duration elapsed, String current, int columns) {
        int max = Math.max(1, columns - 1);
        String eta = done == 0 || done >= total ? ""
                : " ETA " + clock(Duration.ofNanos(elapsed.toNanos() / done * (total - done)));
        String counts = " " + done + "/" + total + " " + clock(elapsed) + eta;
        int bar = Math.max(MIN_BAR, Math.min(30, max / 4));
        int filled = total == 0 ? bar : (int) ((long) bar * done / total);
        String head = "[" + "#".repeat(filled) + "-".repeat(bar - filled) + "]" + counts;
        if (DisplayWidth.of(head) > max) return DisplayWidth.cutEnd(head, max);
        if (current.isEmpty()) return head;
        int room = max - DisplayWidth.of(head) - 1;
        if (room < 4) return head;
        return head + " " + DisplayWidth.cutStart(current, room);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
