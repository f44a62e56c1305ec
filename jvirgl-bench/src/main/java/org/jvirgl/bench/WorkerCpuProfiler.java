package org.jvirgl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark's worker threads used per operation ({@code -prof
 * org.jvirgl.bench.WorkerCpuProfiler}). JMH's scores are wall time, so on a shared machine
 * with more runnable threads than cores they grow with the load; the worker threads' own CPU
 * time does not (GC and JIT threads are left out). {@code cpu.share} says how much of the
 * wall time the workers were actually on a core.
 */
public final class WorkerCpuProfiler implements InternalProfiler {
    private static final String WORKER = "-jmh-worker-";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpuAtStart = new HashMap<>();
    private long wallAtStart;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation (load-independent next to wall time)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart.clear();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                cpuAtStart.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        wallAtStart = System.nanoTime();
    }

    @Override
    public List<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                    IterationResult result) {
        long wall = System.nanoTime() - wallAtStart;
        long cpu = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER)) {
                long now = threads.getThreadCpuTime(info.getThreadId());
                // Workers are pooled, but one started during the iteration counts from zero.
                cpu += now - cpuAtStart.getOrDefault(info.getThreadId(), 0L);
            }
        }
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0 || cpu <= 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("cpu.time.norm", (double) cpu / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.share", (double) cpu / wall / benchmarkParams.getThreads(), "ratio",
                        AggregationPolicy.AVG));
    }
}
