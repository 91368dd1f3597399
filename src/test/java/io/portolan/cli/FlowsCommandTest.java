package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.io.export.FlowsCsv;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.CommandLineRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowsCommandTest {

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

    private static JsonNode json(CommandLineRun result) throws Exception {
        assertThat(result.status()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Two wired zones that no chain of firewalls joins, and a node outside every zone. */
    private Path unroutableDesign() throws Exception {
        Design design = design().zone("a", ZoneKind.INTERNAL).zone("b", ZoneKind.INTERNAL)
                .zone("c", ZoneKind.DMZ).zone("d", ZoneKind.DMZ)
                .firewall("fw1", "a", "c").firewall("fw2", "b", "d")
                .node("ddc", "citrix.ddc", "a").node("sql", "common.sql-server", "b").node("lic", "citrix.license-server", null)
                .build();
        Path file = folder.resolve("unroutable.portolan");
        DesignFile.write(file, design);
        return file;
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = json(run("flows", template("citrix-onprem").toString(), "--format", "json"));

        assertThat(fields(root)).containsExactly("flows", "warnings");
        JsonNode flow = root.get("flows").get(0);
        assertThat(fields(flow)).containsExactly("source", "destination", "protocol", "ipProtocol", "ports", "portNote",
                "purpose", "rule", "reference", "references", "condition", "optional", "temporary", "reasons", "state", "crossing",
                "unroutable", "path");
        assertThat(fields(flow.get("source"))).containsExactly("id", "name", "type", "zone", "zoneKind", "host", "address",
                "outboundAddress", "managementAddress", "memberAddresses", "flowAddress");
        assertThat(fields(flow.get("destination"))).isEqualTo(fields(flow.get("source")));
        assertThat(fields(flow.get("reference"))).containsExactly("document", "section", "note");
        assertThat(fields(flow.get("reasons").get(0))).containsExactly("rule", "purpose", "condition", "optional", "reference");
        assertThat(root.get("flows")).allSatisfy(f -> {
            assertThat(f.get("ports").isArray()).isTrue();
            f.get("ports").forEach(range -> {
                assertThat(range).hasSize(2);
                assertThat(range.get(0).asInt()).isLessThanOrEqualTo(range.get(1).asInt());
            });
            f.get("path").forEach(hop -> assertThat(fields(hop)).containsExactly("firewall", "from", "to"));
        });
    }

    @Test
    void jsonDescribesTheGatewayToVdaFlowByNames() throws Exception {
        JsonNode root = json(run("flows", template("citrix-onprem").toString(), "--format", "json"));

        JsonNode flow = find(root, "citrix.gateway.vda-ica-edt");
        assertThat(flow.get("source").get("name").asText()).isEqualTo("Citrix Gateway");
        assertThat(flow.get("source").get("zone").asText()).isEqualTo("DMZ");
        assertThat(flow.get("source").get("zoneKind").asText()).isEqualTo("DMZ");
        assertThat(flow.get("source").get("host").asText()).isEqualTo("citrix.example.com");
        assertThat(flow.get("source").get("address").asText()).isEqualTo("172.16.10.10");
        assertThat(flow.get("source").get("outboundAddress").asText()).isEqualTo("172.16.10.11");
        assertThat(flow.get("destination").get("type").asText()).isEqualTo("citrix.vda");
        assertThat(flow.get("destination").get("zone").asText()).isEqualTo("Data centre");
        assertThat(flow.get("destination").get("address").asText()).isEqualTo("10.10.30.11-10.10.30.30");
        assertThat(flow.get("destination").get("outboundAddress").asText()).isEmpty();
        assertThat(flow.get("protocol").asText()).isEqualTo("UDP");
        assertThat(flow.get("ipProtocol").isNull()).isTrue();
        assertThat(flow.get("ports").toString()).isEqualTo("[[1494,1494]]");
        assertThat(flow.get("reference").get("document").asText()).isEqualTo("Communication Ports Used by Citrix Technologies");
        assertThat(flow.get("reference").get("section").asText()).isEqualTo("Citrix Gateway");
        assertThat(flow.get("optional").asBoolean()).isFalse();
        assertThat(flow.get("crossing").asBoolean()).isTrue();
        assertThat(flow.get("unroutable").asBoolean()).isFalse();
        assertThat(flow.get("path").toString())
                .isEqualTo("[{\"firewall\":\"Internal firewall\",\"from\":\"DMZ\",\"to\":\"Data centre\"}]");
    }

    @Test
    void jsonAndCsvCarryEachFlowsConditionNeedPortNoteAndReferences() throws Exception {
        Design design = design().zone("lan", ZoneKind.INTERNAL).zone("dmz", ZoneKind.DMZ).firewall("fw", "lan", "dmz")
                .node("sf1", "citrix.storefront", "lan").node("sf2", "citrix.storefront", "dmz")
                .node("gw", "citrix.gateway", "dmz", "edt").node("vda", "citrix.vda", "lan", "edt").build();
        Path file = folder.resolve("conditions.portolan");
        DesignFile.write(file, design);
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(design);
        Flow conditional = analysis.flows().stream().filter(f -> !f.condition().isEmpty()).findFirst().orElseThrow();
        Flow inWords = analysis.flows().stream().filter(f -> f.portNote() != null && f.ports().isEmpty()).findFirst().orElseThrow();

        JsonNode root = json(run("flows", file.toString(), "--format", "json"));
        JsonNode first = root.get("flows").get(analysis.flows().indexOf(conditional));
        assertThat(first.get("condition").asText()).isEqualTo(conditional.condition()).isNotEmpty();
        assertThat(first.get("reasons").get(0).get("condition").asText()).isEqualTo(conditional.condition());
        assertThat(first.get("references").get(0).get("document").asText()).isEqualTo(conditional.reference().document());
        JsonNode words = root.get("flows").get(analysis.flows().indexOf(inWords));
        assertThat(words.get("portNote").asText()).isEqualTo(inWords.portNote());
        assertThat(words.get("ports")).isEmpty();

        List<List<String>> csv = io.portolan.testing.CsvText.rows(run("flows", file.toString(), "--format", "csv").out());
        List<String> header = csv.get(0);
        List<String> row = csv.get(1 + analysis.flows().indexOf(conditional));
        assertThat(row.get(header.indexOf("condition"))).isEqualTo(conditional.condition());
        assertThat(row.get(header.indexOf("optional"))).isEqualTo(Boolean.toString(conditional.optional()));
        assertThat(row.get(header.indexOf("references"))).startsWith(conditional.reference().citation());
        assertThat(csv.get(1 + analysis.flows().indexOf(inWords)).get(header.indexOf("port note"))).isEqualTo(inWords.portNote());
    }

    @Test
    void jsonListsEveryFlowOfTheEngineInItsOrder() throws Exception {
        JsonNode root = json(run("flows", template("parallels-ras").toString(), "--format", "json"));

        List<String> rules = new ArrayList<>();
        root.get("flows").forEach(f -> rules.add(f.get("rule").asText() + " " + f.get("source").get("id").asText() + " > "
                + f.get("destination").get("id").asText()));
        assertThat(rules).containsExactlyElementsOf(analysis("parallels-ras").flows().stream()
                .map(f -> f.ruleId() + " " + f.source().id() + " > " + f.destination().id()).toList());
    }

    @Test
    void crossingOnlyKeepsTheFlowsThatLeaveTheirZone() throws Exception {
        JsonNode root = json(run("flows", template("citrix-onprem").toString(), "--crossing-only", "--format", "json"));

        assertThat(root.get("flows")).hasSize(analysis("citrix-onprem").flowsNeedingRules().size())
                .allSatisfy(f -> assertThat(f.get("crossing").asBoolean()).isTrue());
    }

    @Test
    void firewallFilterMatchesTheNameInAnyCase() throws Exception {
        JsonNode root = json(run("flows", template("citrix-onprem").toString(), "--firewall", "mAnAgEmEnT FIREWALL",
                "--format", "json"));

        long expected = analysis("citrix-onprem").flows().stream()
                .filter(f -> f.route().boundaryNames().contains("Management firewall")).count();
        assertThat(root.get("flows")).hasSize((int) expected).isNotEmpty().allSatisfy(f ->
                assertThat(f.get("path").findValuesAsText("firewall")).contains("Management firewall"));
    }

    @Test
    void firewallFilterAcceptsAnImplicitBoundary() throws Exception {
        JsonNode root = json(run("flows", template("citrix-cloud").toString(), "--firewall",
                "internet / cloud services boundary", "--format", "json"));

        List<String> flows = new ArrayList<>();
        root.get("flows").forEach(f -> flows.add(f.get("source").get("name").asText() + " > "
                + f.get("destination").get("name").asText() + " " + f.get("protocol").asText() + " " + f.get("ports")));
        assertThat(flows).containsExactlyInAnyOrder(
                "Remote users > Citrix Cloud TCP [[443,443]]",
                "Remote users > Gateway Service TCP [[443,443]]",
                "Remote users > Gateway Service UDP [[443,443]]");
    }

    @Test
    void anUnknownFirewallIsAUsageErrorListingTheNames() throws Exception {
        CommandLineRun result = run("flows", template("citrix-cloud").toString(), "--firewall", "DMZ firewall");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines().get(0)).isEqualTo("portolan: unknown firewall 'DMZ firewall'; the design has: "
                + "Edge firewall, Management firewall, Internet / Cloud services boundary");
        assertThat(result.err()).contains("Usage: portolan flows");
    }

    @Test
    void unroutableFlowsAreListedWithoutAPathAndWarnedAbout() throws Exception {
        JsonNode root = json(run("flows", unroutableDesign().toString(), "--format", "json"));

        List<JsonNode> unroutable = new ArrayList<>();
        List<JsonNode> unzoned = new ArrayList<>();
        root.get("flows").forEach(f -> {
            if (f.get("state").asText().equals("unroutable")) {
                unroutable.add(f);
            } else if (f.get("state").asText().equals("unzoned")) {
                unzoned.add(f);
            }
        });
        assertThat(unroutable).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("crossing").asBoolean()).isTrue();
            assertThat(f.get("unroutable").asBoolean()).isTrue();
            assertThat(f.get("path")).isEmpty();
        });
        assertThat(unroutable).anySatisfy(f -> assertThat(f.get("destination").get("id").asText()).isEqualTo("sql"));
        assertThat(unzoned).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("crossing").asBoolean()).isTrue();
            assertThat(f.get("unroutable").asBoolean()).as("an unzoned flow is not unroutable").isFalse();
            assertThat(f.get("path")).isEmpty();
        });
        assertThat(unzoned).anySatisfy(f -> assertThat(f.get("destination").get("zone").isNull()).isTrue());
        assertThat(root.get("warnings").findValuesAsText("kind")).contains("UNROUTABLE_FLOWS", "NODE_OUTSIDE_ZONES");
        JsonNode warning = root.get("warnings").get(0);
        assertThat(fields(warning)).containsExactly("kind", "message", "field", "subjects");
        assertThat(warning.get("subjects").isArray()).isTrue();
    }

    @Test
    void tableAndCsvSendTheWarningsToStderr() throws Exception {
        Path file = unroutableDesign();

        for (String format : List.of("table", "csv")) {
            CommandLineRun result = run("flows", file.toString(), "--format", format);

            assertThat(result.status()).isZero();
            assertThat(result.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("warning: "));
            assertThat(result.out()).doesNotContain("warning: ");
        }
    }

    @Test
    void tableHasOneRowPerFlowUnderItsHeader() throws Exception {
        CommandLineRun result = run("flows", template("hp-anyware").toString(), "--crossing-only");

        assertThat(result.status()).isZero();
        List<String> lines = result.outLines();
        // 15 since the workstations license against the PCoIP Cloud License Server themselves (implied, 003:12, 19, 24)
        assertThat(lines.get(0)).isEqualTo("15 flows, 15 leaving their zone");
        assertThat(lines.get(1)).startsWith("SOURCE").contains("DESTINATION", "SERVICE", "PATH", "RULE");
        assertThat(lines).hasSize(3 + 15);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Anyware Connectors", "Remote workstations", "TCP 60443",
                "Internal firewall (DMZ > Data centre)", "hp.anyware.workstation-prepare"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("TCP 80 (optional)"));
    }

    @Test
    void csvHasAHeaderAndOneLinePerFlow() throws Exception {
        CommandLineRun result = run("flows", template("citrix-onprem").toString(), "--format", "csv");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("\r\n");
        List<List<String>> rows = io.portolan.testing.CsvText.rows(result.out());
        assertThat(result.outLines().get(0)).isEqualTo(String.join(",", FlowsCsv.HEADER));
        assertThat(rows).hasSize(1 + analysis("citrix-onprem").flows().size()).allSatisfy(r -> assertThat(r).hasSize(FlowsCsv.HEADER.size()));
        Flow first = analysis("citrix-onprem").flows().get(0);
        assertThat(rows.get(1).subList(0, 2)).containsExactly(first.source().id(), first.source().name());
    }

    @Test
    void csvGivesTheAddressesThePacketsComeFromAndGoTo() throws Exception {
        CommandLineRun result = run("flows", template("citrix-onprem").toString(), "--format", "csv");

        assertThat(result.status()).isZero();
        String gateway = "gateway,Citrix Gateway,citrix.gateway,DMZ,DMZ,citrix.example.com,";
        List<String> fromGateway = result.outLines().stream().filter(l -> l.startsWith(gateway)).toList();
        List<String> toGateway = result.outLines().stream().filter(l -> !l.startsWith(gateway) && l.contains("," + gateway)).toList();
        // The appliances connect from the subnet IP and run high availability between their NSIPs (000:7-14); users and
        // StoreFront reach the virtual server, administrators the NSIPs (000:113-115).
        String nsips = "\"172.16.10.21, 172.16.10.22\",";
        assertThat(fromGateway).isNotEmpty().allSatisfy(line -> assertThat(line)
                .startsWith(gateway + (line.contains(",citrix.adc.ha-") ? nsips : "172.16.10.11,")));
        assertThat(fromGateway).anySatisfy(line -> assertThat(line).startsWith(gateway + nsips + gateway + nsips));
        assertThat(toGateway).isNotEmpty().allSatisfy(line -> assertThat(line)
                .contains("," + gateway + (line.startsWith("admin,") ? nsips : "172.16.10.10,")));
        assertThat(toGateway).anySatisfy(line -> assertThat(line).startsWith("admin,").contains("," + gateway + nsips));
    }

    @Test
    void csvCellsCannotBeReadAsFormulas() throws Exception {
        Design hostile = design().zone("lan", ZoneKind.INTERNAL).node("ddc", "citrix.ddc", "lan")
                .node("sql", "common.sql-server", "lan").build();
        hostile = hostile.withNode(hostile.node("sql").orElseThrow().withName("=HYPERLINK(\"http://evil\",\"x\")")
                .withHost("@SUM(1+1)"));
        Path file = folder.resolve("hostile.portolan");
        DesignFile.write(file, hostile);

        CommandLineRun result = run("flows", file.toString(), "--format", "csv");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",")
                .contains(",'@SUM(1+1),").doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    @ParameterizedTest(name = "a name starting with U+{0}")
    @ValueSource(strings = {"0000", "0009", "000D", "000A", "001B", "003D", "002B", "002D", "0040"})
    void csvCellsOfANameStartingWithAControlOrFormulaCharacterAreNeutralised(String code) throws Exception {
        String name = (char) Integer.parseInt(code, 16) + "=1+1 cmd|' /C calc'!A0";
        Design hostile = design().zone("lan", ZoneKind.INTERNAL).node("ddc", "citrix.ddc", "lan")
                .node("sql", "common.sql-server", "lan").build();
        hostile = hostile.withNode(hostile.node("sql").orElseThrow().withName(name));
        Path file = folder.resolve("hostile.portolan");
        DesignFile.write(file, hostile);

        CommandLineRun result = run("flows", file.toString(), "--format", "csv");

        assertThat(result.status()).isZero();
        // the name is in a cell of every flow to or from the SQL server, and always behind an apostrophe
        assertThat(result.out()).contains("'" + name).doesNotContain("," + name).doesNotContain("\"" + name)
                .doesNotContain("\n" + name);
    }

    @Test
    void aBrokenDesignIsOneLinePerProblemOnStderr() throws Exception {
        Path file = folder.resolve("broken.portolan");
        java.nio.file.Files.writeString(file, "{\"format\": \"portolan-design\", \"version\": 7}");

        CommandLineRun result = run("flows", file.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("portolan: " + file + " $.version: the file was saved by a newer Portolan");
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        CommandLineRun result = run("flows", template("hp-anyware").toString(), "--format", "xml");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith("portolan: Invalid value for option '--format'");
    }

    private static JsonNode find(JsonNode root, String ruleId) {
        for (JsonNode flow : root.get("flows")) {
            if (flow.get("rule").asText().equals(ruleId)) {
                return flow;
            }
        }
        throw new AssertionError("no flow of rule " + ruleId);
    }
}
