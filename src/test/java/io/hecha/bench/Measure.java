package io.hecha.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timing and memory helpers for the benchmark: medians of repeated runs, heap peaks per phase. */
final class Measure {
    private Measure() {
    }

    /** A task measured by the harness. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    /** Runs {@code task} {@code warmups} times, then {@code runs} times; returns the sorted nanoseconds. */
    static List<Long> times(Task task, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) task.run();
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            out.add(System.nanoTime() - t0);
        }
        Collections.sort(out);
        return out;
    }

    /** The median of sorted values. */
    static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Resets the heap pools' peak usage. */
    static void resetHeapPeak() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, in MiB (an upper bound of the peak heap). */
    static double heapPeakMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / 1048576.0;
    }
}
