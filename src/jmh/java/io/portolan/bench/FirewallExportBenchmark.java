package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.capirca.CapircaException;
import io.portolan.io.export.capirca.CapircaExport;
import io.portolan.io.export.capirca.CapircaOptions;
import io.portolan.io.export.capirca.CapircaResult;
import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNameException;
import io.portolan.io.export.objects.ObjectNaming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * How long the named objects and the Capirca policies of 100,000 rules take to write with a 256 MB heap (issue 13:
 * at most 3 seconds): {@link FirewallObjects} from the engine's request (names, services, grouping), then every file
 * of the Capirca folder for Cisco ASA, Palo Alto, SRX and nftables, without running aclgen. The design is
 * {@link LargeDesigns} with 1,440 nodes, 100,102 merged rules. Run with
 * {@code mvn -Pbench package -DskipTests && java -jar target/benchmarks.jar FirewallExportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 2, jvmArgs = {"-Xms256m", "-Xmx256m"})
public class FirewallExportBenchmark {

    private FlowAnalysis analysis;
    private Path folder;
    private CapircaResult last;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        analysis = new FlowEngine(catalog).analyze(LargeDesigns.generate(catalog, WorkbookBenchmark.NODES));
        int rules = analysis.rules(false).size();
        if (rules < WorkbookBenchmark.RULES_AT_LEAST) {
            throw new IllegalStateException("the design gives " + rules + " rules, fewer than " + WorkbookBenchmark.RULES_AT_LEAST);
        }
        folder = Files.createTempDirectory("portolan-bench");
        System.out.printf("%n%d nodes: %d merged rules%n", analysis.design().nodes().size(), rules);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = 0;
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
                Files.delete(file);
            }
            System.out.printf("Capirca folder: %,d bytes, %d policy files, %,d terms%n", bytes, last.policies().size(), last.terms());
        }
    }

    /** The objects of the request and the Capirca folder, written whole (replacing the previous iteration's). */
    @Benchmark
    public CapircaResult objectsAndCapirca() throws ObjectNameException, CapircaException, OutputFileException {
        FirewallObjects objects = FirewallObjects.of(analysis.rules(false), analysis.design(), ObjectNaming.DEFAULT);
        last = CapircaExport.export(analysis, objects, new CapircaOptions(Platform.DEFAULTS, true, null, null),
                folder.resolve("capirca"));
        return last;
    }
}
