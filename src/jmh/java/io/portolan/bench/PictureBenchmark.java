package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.export.diagram.DiagramFormat;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drawing the picture of a large design without a display, as {@code portolan picture} and the workbook's Diagram sheet
 * do: the layout (label placement included) and the encoding, per format.
 *
 * <p>Run with {@code mvn -Pbench package -DskipTests} then {@code java -jar target/benchmarks.jar PictureBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PictureBenchmark {

    @Param({"200", "1000"})
    public int nodes;

    @Param({"PNG", "SVG", "PDF"})
    public DiagramFormat format;

    private FlowAnalysis analysis;

    @Setup
    public void setUp() {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        analysis = new FlowEngine(catalog).analyze(LargeDesigns.generate(catalog, nodes));
    }

    @Benchmark
    public byte[] draw() {
        return DiagramRenderer.of(analysis, DiagramOptions.of(LocalDate.of(2025, 3, 14))).write(format, 0);
    }
}
