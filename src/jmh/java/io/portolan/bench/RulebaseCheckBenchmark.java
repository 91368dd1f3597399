package io.portolan.bench;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.rulebase.CheckResult;
import io.portolan.rulebase.ColumnMapping;
import io.portolan.rulebase.Rulebase;
import io.portolan.rulebase.RuleCheck;
import io.portolan.rulebase.RulebaseCheck;
import io.portolan.rulebase.RulebaseReader;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * How long {@code check} takes (issue 12: a 5,000-node design against a 100,000-rule rulebase in at most 2 s with a
 * 512 MB heap), and how the time grows when the rulebase doubles. {@code check} reads the rulebase CSV and checks every
 * rule of the request; {@code checkOnly} checks a rulebase already read. Run with
 * {@code java -jar target/benchmarks.jar RulebaseCheckBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class RulebaseCheckBenchmark {

    @Param({"100000", "200000"})
    public int rules;

    private FlowAnalysis analysis;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        analysis = new FlowEngine(catalog).analyze(LargeDesigns.generate(catalog, 5000));
        analysis.rules();
        file = Files.createTempFile("rulebase", ".csv");
        LargeRulebases.write(analysis, rules, file);
        Rulebase rulebase = RulebaseReader.read(file, null, ColumnMapping.defaults());
        CheckResult result = RulebaseCheck.check(analysis, false, rulebase);
        System.out.printf("%n%d required rules against %d rules in place: %d allowed, %d partly, %d missing, %d not needed%n",
                analysis.rules().size(), rulebase.rules().size(), result.count(RuleCheck.Status.ALLOWED),
                result.count(RuleCheck.Status.PARTLY), result.count(RuleCheck.Status.MISSING), result.unneeded().size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        Files.deleteIfExists(file);
    }

    /** Reads the rulebase CSV and checks every rule of the request against it. */
    @Benchmark
    public CheckResult check() throws Exception {
        return RulebaseCheck.check(analysis, false, RulebaseReader.read(file, null, ColumnMapping.defaults()));
    }

    /** Checks every rule of the request against the rulebase already read. */
    @Benchmark
    public CheckResult checkOnly(ReadRulebase read) {
        return RulebaseCheck.check(analysis, false, read.rulebase);
    }

    /**
     * The rulebase read once, for {@link #checkOnly} alone: {@link #check} reads its own, as the command does, and
     * does not keep a second one in the 512 MB heap.
     */
    @State(Scope.Benchmark)
    public static class ReadRulebase {
        private Rulebase rulebase;

        @Setup(Level.Trial)
        public void read(RulebaseCheckBenchmark benchmark) throws Exception {
            rulebase = RulebaseReader.read(benchmark.file, null, ColumnMapping.defaults());
        }
    }
}
