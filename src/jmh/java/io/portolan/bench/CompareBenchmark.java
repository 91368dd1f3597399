package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.compare.RequestComparer;
import io.portolan.compare.RequestDelta;
import io.portolan.compare.RuleChange;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import io.portolan.model.Node;
import java.util.ArrayList;
import java.util.List;
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
 * How long {@code diff} takes to compare the requests of two revisions of a 5,000-node design (issue 12: at most
 * 200 ms), once both are analysed: the later revision renames every tenth node, gives every hundredth a new address,
 * deletes twenty and switches the order of the nodes. Run with
 * {@code java -jar target/benchmarks.jar CompareBenchmark -f 1 -wi 3 -i 5 -p nodes=2500,5000,10000} for growth, or
 * {@code java -jar target/benchmarks.jar CompareBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CompareBenchmark {

    /** The number of nodes of the design; {@code -p nodes=2500,5000,10000} shows how the time grows. */
    @Param({"5000"})
    public int nodes;

    private FlowAnalysis before;
    private FlowAnalysis after;

    @Setup(Level.Trial)
    public void setUp() {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        FlowEngine engine = new FlowEngine(catalog);
        Design design = LargeDesigns.generate(catalog, nodes);
        before = engine.analyze(design);
        after = engine.analyze(changed(design));
        RequestDelta delta = RequestComparer.compare(before, after, false);
        System.out.printf("%n%d and %d rules: %d to add, %d to remove, %d to change, %d stay%n", before.rules().size(),
                after.rules().size(), delta.count(RuleChange.Kind.ADD), delta.count(RuleChange.Kind.REMOVE),
                delta.count(RuleChange.Kind.CHANGE), delta.unchanged());
    }

    private static Design changed(Design design) {
        List<Node> nodes = new ArrayList<>();
        List<Node> all = design.nodes();
        for (int i = all.size() - 1; i >= 0; i--) {
            Node node = all.get(i);
            if (i >= 200 && i < 220) {
                continue;
            }
            node = i % 10 == 0 ? node.withName(node.name() + " (renamed)") : node;
            node = i % 100 == 7 ? node.withAddress("10.200." + (i / 256) + "." + (i % 256)) : node;
            nodes.add(node);
        }
        return new Design(design.zones(), design.firewalls(), nodes, design.overrides(), design.request());
    }

    /** The comparison of the two requests, per firewall. */
    @Benchmark
    public RequestDelta diff() {
        return RequestComparer.compare(before, after, false);
    }
}
