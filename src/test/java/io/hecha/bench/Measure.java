package io.hecha.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Timing and memory helpers for the benchmark: wall and per-thread CPU time and allocation of one
 * run, medians of repeated runs, heap peaks per phase.
 */
final class Measure {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Measure() {
    }

    /** A task measured by the harness. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    /**
     * One measured run: wall nanoseconds, CPU nanoseconds of the calling thread (what the task cost
     * this thread, whatever else the machine was doing; GC threads' work not included) and bytes the
     * calling thread allocated.
     */
    record Sample(long wallNanos, long cpuNanos, long allocatedBytes) {
    }

    /** Runs a task once on the calling thread and measures it. */
    static Sample sample(Task task) throws Exception {
        long tid = Thread.currentThread().getId();
        long a0 = THREADS.getThreadAllocatedBytes(tid);
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        task.run();
        long t1 = System.nanoTime();
        long c1 = THREADS.getCurrentThreadCpuTime();
        long a1 = THREADS.getThreadAllocatedBytes(tid);
        return new Sample(t1 - t0, c1 - c0, a1 - a0);
    }

    /** The median of one measure over samples. */
    static double median(List<Sample> samples, ToLongFunction<Sample> measure) {
        List<Long> values = new ArrayList<>();
        for (Sample s : samples) values.add(measure.applyAsLong(s));
        Collections.sort(values);
        return median(values);
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

    /** The system load average over the last minute (-1 where the platform has none). */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
