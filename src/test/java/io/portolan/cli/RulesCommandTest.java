package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.io.export.RuleColumn;
import io.portolan.testing.CommandLineRun;
import io.portolan.testing.CsvText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path template(String name) throws Exception {
        Path file = folder.resolve(name + ".portolan");
        DesignFile.write(file, Templates.load(name, CATALOG));
        return file;
    }

    private static FlowAnalysis analysis(String template) throws Exception {
        return new FlowEngine(CATALOG).analyze(Templates.load(template, CATALOG));
    }

    @Test
    void csvIsTheRulesCsvOfExportWithoutItsByteOrderMark() throws Exception {
        Path design = template("citrix-onprem");
        Path exported = folder.resolve("rules.csv");
        assertThat(run("export", design.toString(), "-o", folder.resolve("r.xlsx").toString(), "--no-diagram",
                "--csv", exported.toString()).status()).isZero();

        CommandLineRun result = run("rules", design.toString(), "--format", "csv");

        assertThat(result.status()).isZero();
        assertThat("\uFEFF" + result.out()).isEqualTo(Files.readString(exported, StandardCharsets.UTF_8));
    }

    @Test
    void jsonListsTheEngineRulesInRequestOrderWithEveryColumn() throws Exception {
        CommandLineRun result = run("rules", template("parallels-ras").toString(), "--format", "json");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("detailed").asBoolean()).isFalse();
        List<FirewallRule> rules = analysis("parallels-ras").rules().all();
        assertThat(root.get("rules")).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = root.get("rules").get(i);
            assertThat(rule.get("number").asInt()).isEqualTo(i + 1);
            for (RuleColumn column : RuleColumn.values()) {
                assertThat(rule.has(column.key())).as(column.key()).isTrue();
            }
            assertThat(rule.get("sourceName").asText()).isEqualTo(rules.get(i).source().name());
            assertThat(rule.get("firewall").asText()).isEqualTo(rules.get(i).boundary().name());
            assertThat(rule.get("flows").asInt()).isEqualTo(rules.get(i).flows().size());
        }
    }

    @Test
    void firewallFilterKeepsThatFirewallsRulesWithTheirNumbersInTheWholeRequest() throws Exception {
        Path design = template("citrix-onprem");
        List<List<String>> all = CsvText.rows(run("rules", design.toString(), "--format", "csv").out());

        CommandLineRun result = run("rules", design.toString(), "--format", "csv", "--firewall", "internal FIREWALL");

        assertThat(result.status()).as(result.err()).isZero();
        List<List<String>> rows = CsvText.rows(result.out());
        assertThat(rows).hasSizeGreaterThan(1);
        List<List<String>> expected = all.stream().filter(r -> r.get(RuleColumn.FIREWALL.ordinal()).equals("Internal firewall"))
                .toList();
        assertThat(rows.subList(1, rows.size())).isEqualTo(expected);
        assertThat(rows.get(1).get(0)).isNotEqualTo("1");
    }

    @Test
    void detailedGivesOneRulePerFlowAndFirewall() throws Exception {
        FlowAnalysis analysis = analysis("hp-anyware");
        long hops = analysis.flows().stream().filter(f -> f.needsRule())
                .mapToLong(f -> Math.max(1, f.route().hops().size())).sum();

        CommandLineRun result = run("rules", template("hp-anyware").toString(), "--detailed");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.outLines().get(0)).isEqualTo(hops + " rules, one per flow and firewall");
        assertThat(result.outLines().get(1)).startsWith("NO").contains("FIREWALL", "SOURCE", "DESTINATION", "SERVICE");
        assertThat(result.outLines()).hasSize((int) (3 + hops));
    }

    @Test
    void anUnknownFirewallIsAUsageErrorListingTheNames() throws Exception {
        CommandLineRun result = run("rules", template("citrix-cloud").toString(), "--firewall", "nope");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith("portolan: unknown firewall 'nope'; the design has: ");
    }
}
