package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.model.ZoneKind;
import io.portolan.testing.CommandLineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    private Path template(String name) {
        Path file = folder.resolve(name + ".portolan");
        assertThat(run("template", name, "-o", file.toString()).status()).isZero();
        return file;
    }

    /** A VDA placed in the DMZ, which its type advises against, and a node outside every zone. */
    private Path designWithWarnings() throws Exception {
        Path file = folder.resolve("warnings.portolan");
        DesignFile.write(file, design().zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL)
                .firewall("fw", "dmz", "lan")
                .node("vda", "citrix.vda", "dmz", "edt").node("ddc", "citrix.ddc", "lan").node("sql", "common.sql-server", null)
                .build());
        return file;
    }

    @Test
    void aCleanDesignExitsZeroAndSaysWhatItHolds() throws Exception {
        Path file = template("citrix-onprem");

        CommandLineRun result = run("validate", file.toString());

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        FlowAnalysis analysis = new FlowEngine(CatalogLoader.loadBuiltIn()).analyze(Templates.load("citrix-onprem",
                CatalogLoader.loadBuiltIn()));
        assertThat(result.outLines()).containsExactly(file + ": 4 zones, 3 firewalls, 10 nodes, " + analysis.flows().size()
                + " flows (" + analysis.flowsNeedingRules().size() + " leaving their zone), 0 warnings");
    }

    @Test
    void aCleanDesignExitsZeroEvenWhenStrict() {
        assertThat(run("validate", "--strict", template("hp-anyware").toString()).status()).isZero();
    }

    @Test
    void warningsArePrintedAndExitZeroWithoutStrict() throws Exception {
        CommandLineRun result = run("validate", designWithWarnings().toString());

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        // the three nodes have no address yet, and their flows cross a firewall or leave every zone
        assertThat(result.outLines()).filteredOn(l -> l.startsWith("warning: ")).hasSize(5)
                .anySatisfy(l -> assertThat(l).contains("'vda'", "DMZ"))
                .anySatisfy(l -> assertThat(l).contains("'sql'", "outside every zone"))
                .anySatisfy(l -> assertThat(l).contains("'ddc' has no address"));
        assertThat(result.outLines().get(result.outLines().size() - 1)).endsWith("5 warnings");
    }

    @Test
    void warningsExitOneWhenStrict() throws Exception {
        CommandLineRun result = run("validate", "--strict", designWithWarnings().toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).contains("warning: ");
    }

    @Test
    void errorsExitTwoWithOneLinePerProblemOnStderr() throws Exception {
        Path file = folder.resolve("broken.portolan");
        Files.writeString(file, """
                {"format": "portolan-design", "version": 1,
                 "zones": [{"id": "lan", "name": "LAN", "kind": "INTERNAL", "cidrs": ["10.0.0.0/33"],
                            "bounds": {"x": 0, "y": 0, "width": 100, "height": 100}}],
                 "nodes": [{"id": "a", "type": "citrix.ddc", "name": "A", "zone": "lan", "address": "10.0.0.256",
                            "position": {"x": 0, "y": 0}}]}
                """);

        CommandLineRun result = run("validate", "--strict", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly(
                "portolan: " + file + " $.zones[0].cidrs[0]: '/33' in '10.0.0.0/33' is not a prefix length in 0..32",
                "portolan: " + file + " $.nodes[0].address: '10.0.0.256' is not an IP address");
    }

    @Test
    void aMissingFileIsOneLineWithoutAStackTrace() {
        Path file = folder.resolve("nowhere.portolan");

        CommandLineRun result = run("validate", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("portolan: " + file + ": the file does not exist");
    }

    @Test
    void debugAddsTheStackTrace() {
        CommandLineRun result = run("validate", folder.resolve("nowhere.portolan").toString(), "--debug");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith("portolan: ");
        assertThat(result.err()).contains("DesignFileException").contains("\tat io.portolan.");
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        CommandLineRun result = run("validate");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith("portolan: Missing required parameter");
        assertThat(result.err()).contains("Usage: portolan validate");
    }
}
