package io.hecha.index;

import java.io.PrintWriter;

/**
 * Shows an index run's progress on stderr as batch does: a redrawn bar when stderr is a terminal,
 * one plain line per input otherwise (logs, CI). Failures always get their own line.
 */
final class IndexProgress {
    private static final int BAR = 30;
    private static final int WIDTH = 100;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private int done;
    private boolean barShown;

    IndexProgress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
    }

    /** One input is done; {@code what}: added, replaced, unchanged, or "failed: why". */
    void done(IndexInput input, String what, boolean failed) {
        if (err == null) return;
        done++;
        String line = "[" + done + "/" + total + "] " + input.display() + " — " + what;
        if (!terminal) {
            err.println(line);
        } else {
            if (failed) {
                clearBar();
                err.println(line);
            }
            int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
            String text = "\r[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total + " " + input.display();
            if (text.length() > WIDTH) text = text.substring(0, WIDTH);
            err.print(text + " ".repeat(Math.max(0, WIDTH - text.length())));
            barShown = true;
        }
        err.flush();
    }

    void close() {
        if (err != null && terminal && barShown) {
            err.println();
            err.flush();
        }
    }

    private void clearBar() {
        if (barShown) err.print("\r" + " ".repeat(WIDTH) + "\r");
    }
}
