package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.OutputFileException;
import io.portolan.io.design.DesignFile;
import io.portolan.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@code portolan export} of a large design takes as a whole process, from the start of the JVM to the
 * workbook on disk (issue 16): 3,000 nodes with the diagram at most twice the time without it; 20,000 nodes with the
 * diagram at most 30 s; 200 zones and 150 firewalls at most 10 s. {@code zones} 0 is {@link LargeDesigns} (12 zones,
 * 8 firewalls), 200 is {@link ZonedDesigns} (150 firewalls); {@code diagram} false adds {@code --no-diagram}.
 * {@code portolan flows --format json} of the same design is timed too, in a heap of 512 MB. Each iteration is one process, so pick the
 * rows and the iterations on the command line, e.g. {@code java -jar target/benchmarks.jar LargeExportBenchmark.export
 * -p nodes=5000,10000,20000 -p zones=0 -p diagram=false -wi 0 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class LargeExportBenchmark {

    @Param({"3000", "20000"})
    public int nodes;

    @Param({"0", "200"})
    public int zones;

    @Param({"false", "true"})
    public boolean diagram;

    private Path folder;
    private Path design;

    @Setup(Level.Trial)
    public void setUp() throws IOException, OutputFileException {
        PortolanProcess.requireBuilt(true);
        Catalog catalog = CatalogLoader.loadBuiltIn();
        Design generated = zones == 0 ? LargeDesigns.generate(catalog, nodes) : ZonedDesigns.generate(catalog, zones, nodes);
        folder = Files.createTempDirectory("portolan-export");
        design = folder.resolve("large.portolan");
        DesignFile.write(design, generated);
        System.out.printf("%n%d nodes, %d zones, %d firewalls%n", generated.nodes().size(), generated.zones().size(),
                generated.firewalls().size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                System.out.printf("%s: %,d bytes%n", file.getFileName(), Files.size(file));
            }
        }
        PortolanProcess.delete(folder);
    }

    /** {@code portolan export large.portolan -o request.xlsx [--no-diagram]}. */
    @Benchmark
    public void export() throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("export", design.toString(), "-o", folder.resolve("request.xlsx").toString(),
                "--date", "2025-03-14"));
        if (!diagram) {
            args.add("--no-diagram");
        }
        PortolanProcess.run(true, List.of(), args.toArray(String[]::new));
    }

    /**
     * {@code portolan flows large.portolan --format json} in a heap of 512 MB (the target for 20,000 nodes), the output
     * thrown away; {@code diagram} does not apply.
     */
    @Benchmark
    public void flowsAsJson() throws IOException, InterruptedException {
        PortolanProcess.run(true, List.of("-Xmx512m"), "flows", design.toString(), "--format", "json");
    }
}
