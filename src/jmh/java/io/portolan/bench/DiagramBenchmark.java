package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.diagram.Box;
import io.portolan.diagram.DiagramGeometry;
import io.portolan.diagram.DiagramLayout;
import io.portolan.diagram.DiagramShapes;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
 * The diagram at scale (issue 16): the geometry of every node and edge (routes through the firewalls, labels placed
 * clear of everything, as the window and a picture of a smaller design work them out), and the picture the command
 * line and the workbook draw (an overview per zone past 400 nodes or 3,000 edges), on generated designs of 1,000, 2,000,
 * 5,000 and 20,000 nodes, so that each doubling shows how the time grows. The engine's analysis is made once, outside the measurement. Run with
 * {@code mvn -Pbench package -DskipTests && java -jar target/benchmarks.jar DiagramBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g", "-Djava.awt.headless=true"})
public class DiagramBenchmark {

    @Param({"1000", "2000", "5000", "20000"})
    public int nodes;

    private FlowAnalysis analysis;

    @Setup(Level.Trial)
    public void setUp() {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        Design design = LargeDesigns.generate(catalog, nodes);
        analysis = new FlowEngine(catalog).analyze(design);
        DiagramGeometry geometry = DiagramLayout.detailed(analysis, new FixedShapes());
        System.out.printf("%n%d nodes: %d edges, %d labels placed, %d as notes%n", nodes, geometry.edges().size(),
                geometry.edges().stream().filter(e -> e.note() == 0).count(), geometry.notes().size());
    }

    /** Every edge routed and every label wrapped and placed (or made a note), node by node. */
    @Benchmark
    public DiagramGeometry detailedGeometry() {
        return DiagramLayout.detailed(analysis, new FixedShapes());
    }

    /** The picture the command line and the workbook draw, encoded as PNG. */
    @Benchmark
    public byte[] picture() {
        return DiagramRenderer.of(analysis, DiagramOptions.of(LocalDate.of(2025, 3, 14))).png();
    }

    /** Shapes of the window's sizes with text measured at a fixed width per character: geometry without fonts. */
    public static final class FixedShapes implements DiagramShapes {
        @Override
        public Box node(Node node) {
            return Box.centred(node.position().x(), node.position().y(), 50, 50);
        }

        @Override
        public void nodeMarks(Node node, Consumer<Box> marks) {
            marks.accept(Box.centred(node.position().x(), node.position().y(), 44, 44));
            marks.accept(Box.centred(node.position().x(), node.position().y() + 34, Math.min(150, 7 * node.name().length()), 17));
        }

        @Override
        public Box firewall(Firewall firewall) {
            return Box.centred(firewall.position().x(), firewall.position().y(), 40, 40);
        }

        @Override
        public void firewallMarks(Firewall firewall, Consumer<Box> marks) {
            marks.accept(firewall(firewall));
        }

        @Override
        public double textWidth(String text, LabelFont font) {
            return 6.5 * text.length();
        }

        @Override
        public double lineHeight(LabelFont font) {
            return 14;
        }
    }
}
