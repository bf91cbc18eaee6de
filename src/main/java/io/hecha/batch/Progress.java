package io.hecha.batch;

import io.hecha.output.SummaryRow;

import java.io.PrintWriter;

/**
 * Shows a batch's progress on stderr: a redrawn bar when stderr is a terminal, one plain line per
 * finished input otherwise (logs, CI). Failures are always printed as their own line.
 */
final class Progress {
    private static final int BAR = 30;
    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private int done;
    private boolean barShown;

    Progress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    /** Reports one finished input. */
    synchronized void finished(BatchInput input, Outcome o) {
        done++;
        SummaryRow r = o.row();
        String what = switch (r.status()) {
            case OK -> (o.reused() ? "unchanged" : "ok") + " (" + r.errors() + " errors, " + r.warnings() + " warnings)";
            case FAILED -> (o.reused() ? "unchanged, failed: " : "failed: ") + r.reason();
            case SKIPPED -> (o.reused() ? "unchanged, skipped: " : "skipped: ") + r.reason();
        };
        String line = "[" + done + "/" + total + "] " + input.display() + " — " + what;
        if (!terminal) {
            err.println(line);
        } else {
            if (r.status() == SummaryRow.Status.FAILED) {
                clearBar();
                err.println(line);
            }
            drawBar(input.display());
        }
        err.flush();
    }

    /** Ends the bar line. */
    synchronized void close() {
        if (terminal && barShown) {
            err.println();
            err.flush();
        }
    }

    private void drawBar(String current) {
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        String text = "\r[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total + " " + current;
        if (text.length() > WIDTH) text = text.substring(0, WIDTH);
        err.print(text + " ".repeat(Math.max(0, WIDTH - text.length())));
        barShown = true;
    }

    private void clearBar() {
        if (barShown) err.print("\r" + " ".repeat(WIDTH) + "\r");
    }
}
