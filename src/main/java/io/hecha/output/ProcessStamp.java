package io.hecha.output;

import java.time.Instant;
import java.util.Optional;

/**
 * A running process as a lock or a temporary file names it: its pid and start time. The start time
 * tells a live holder from a later process that got the same pid after the holder died.
 *
 * @param pid         the process id
 * @param startMillis its start time (epoch milliseconds), 0 when the system does not say
 */
public record ProcessStamp(long pid, long startMillis) {
    /** Start times read at different moments may differ by rounding; a pid reused within a second is not a concern. */
    private static final long TOLERANCE_MILLIS = 1000;

    /** This process. */
    public static ProcessStamp current() {
        ProcessHandle self = ProcessHandle.current();
        return new ProcessStamp(self.pid(), startOf(self));
    }

    /** Whether this process is still running: the pid is alive and, when both are known, started at the same time. */
    public boolean isRunning() {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) return false;
        long now = startOf(h.get());
        return now == 0 || startMillis == 0 || Math.abs(now - startMillis) <= TOLERANCE_MILLIS;
    }

    /** The start time as a reader would like to see it. */
    public String started() {
        return startMillis == 0 ? "unknown" : Instant.ofEpochMilli(startMillis).toString();
    }

    private static long startOf(ProcessHandle h) {
        return h.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
