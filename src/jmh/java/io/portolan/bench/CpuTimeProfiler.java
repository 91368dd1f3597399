package io.portolan.bench;

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
 * The processor time an operation takes, beside the time on the clock that JMH measures: on a machine that several
 * builds share, a benchmark thread waits for a core, and the clock counts the wait while the processor time does not.
 * {@code cpu.worker} is the time of the benchmark's threads, {@code cpu.process} that of the whole JVM (collector and
 * compiler threads too), both per operation. Run with {@code -prof io.portolan.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final double NANOS_PER_MILLI = 1e6;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> workersBefore = new HashMap<>();
    private long processBefore;

    @Override
    public String getDescription() {
        return "processor time per operation, of the benchmark threads and of the whole JVM";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workersBefore.clear();
        workersBefore.putAll(workerTimes());
        processBefore = processTime();
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long process = processTime() - processBefore;
        long workers = 0;
        for (Map.Entry<Long, Long> entry : workerTimes().entrySet()) {
            workers += entry.getValue() - workersBefore.getOrDefault(entry.getKey(), 0L);
        }
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.worker", workers / NANOS_PER_MILLI / ops, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process", process / NANOS_PER_MILLI / ops, "ms/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long time = threads.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    times.put(info.getThreadId(), time);
                }
            }
        }
        return times;
    }

    private static long processTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
