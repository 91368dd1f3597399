package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.workbook.WorkbookExporter;
import io.portolan.io.export.workbook.WorkbookOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the change-request workbook of 100,000 rules takes to write with a 256 MB heap (issue 4: at
 * most 5 seconds, and within 1.5 times a bare SXSSF writer writing the same cells without styling).
 * The design is {@link LargeDesigns} with 1,440 nodes, which gives 100,102 consolidated rules. Run with
 * {@code mvn -Pbench package -DskipTests && java -jar target/benchmarks.jar WorkbookBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 2, jvmArgs = {"-Xms256m", "-Xmx256m"})
public class WorkbookBenchmark {

    static final int NODES = 1440;
    static final int RULES_AT_LEAST = 100_000;

    private FlowAnalysis analysis;
    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        analysis = new FlowEngine(catalog).analyze(LargeDesigns.generate(catalog, NODES));
        long rules = analysis.byFirewall().stream().mapToLong(b -> b.rules().size()).sum();
        if (rules < RULES_AT_LEAST) {
            throw new IllegalStateException("the design gives " + rules + " rules, fewer than " + RULES_AT_LEAST);
        }
        folder = Files.createTempDirectory("portolan-bench");
        System.out.printf("%n%d nodes: %d flows, %d consolidated rules%n", analysis.design().nodes().size(),
                analysis.flows().size(), rules);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                System.out.printf("%s: %,d bytes%n", file.getFileName(), Files.size(file));
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    /** The change-request workbook as Portolan writes it: styled, sorted, validated, written whole. */
    @Benchmark
    public Path workbook() throws OutputFileException {
        Path target = folder.resolve("request.xlsx");
        WorkbookExporter.export(analysis, new WorkbookOptions(false, null, LocalDate.of(2025, 3, 14)), target);
        return target;
    }

    /** The same cells written by POI's streaming writer with its defaults and nothing else. */
    @Benchmark
    public Path bareSxssf() throws IOException {
        Path target = folder.resolve("bare.xlsx");
        BareSxssfWriter.write(analysis, target);
        return target;
    }
}
