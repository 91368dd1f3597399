package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the engine takes to work out every flow of a large design (issue 3: 5,000 nodes in at most
 * 100 ms and about 500 ns per flow; 1,000 nodes in at most 20 ms). Run with
 * {@code mvn -Pbench package -DskipTests && java -jar target/benchmarks.jar FlowEngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FlowEngineBenchmark {

    @Param({"1000", "5000"})
    public int nodes;

    private FlowEngine engine;
    private Design design;
    private Design moved;
    private FlowAnalysis last;
    private boolean there;

    @Setup(Level.Trial)
    public void setUp() {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        engine = new FlowEngine(catalog);
        design = LargeDesigns.generate(catalog, nodes);
        moved = LargeDesigns.movedAcrossAZone(design);
        FlowAnalysis analysis = engine.analyze(design);
        last = analysis;
        last.byNodePair();
        last.warnings();
        System.out.printf("%n%d nodes, %d zones, %d firewalls: %d flows, %d needing firewall rules%n", design.nodes().size(),
                design.zones().size(), design.firewalls().size(), analysis.flows().size(), analysis.flowsNeedingRules().size());
    }

    /** All the flows of the design, with their routes. */
    @Benchmark
    public FlowAnalysis analyze() {
        return engine.analyze(design);
    }

    /**
     * What the window waits for after an edit: a node dragged into another zone (and back, each other time), the
     * analysis worked out from the one before, with the edge labels and the warnings.
     */
    @Benchmark
    public int analyzeAfterAnEdit() {
        there = !there;
        last = engine.analyze(there ? moved : design, last);
        return last.byNodePair().size() + last.warnings().size();
    }

    /** The flows plus the views the window draws from: edge labels per node pair and the warnings. */
    @Benchmark
    public int analyzeWithEdgeLabelsAndWarnings() {
        moved = LargeDesigns.movedAcrossAZone(design);
        FlowAnalysis analysis = engine.analyze(design);
        last = analysis;
        last.byNodePair();
        last.warnings();
        return analysis.byNodePair().size() + analysis.warnings().size();
    }
}
