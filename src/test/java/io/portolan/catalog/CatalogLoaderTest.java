package io.portolan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.portolan.catalog.CatalogLoader.Source;
import io.portolan.model.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLoaderTest {

    private static final String TYPES = """
            "documents": [{"id": "doc", "title": "Test ports"}],
            "types": [
              {"id": "t.gateway", "name": "Gateway", "product": "P", "category": "gateway", "zone": "DMZ",
               "tags": ["edge"], "features": [{"id": "ssl", "name": "SSL", "default": true}]},
              {"id": "t.server", "name": "Server", "product": "P", "category": "workload", "zone": "INTERNAL"}
            ]""";

    private static Source file(String name, String rules) {
        return new Source(name, "{\"vendor\": \"Test\", " + TYPES + ", \"rules\": [" + rules + "]}");
    }

    private static String rule(String fields) {
        return "{\"id\": \"t.rule\", \"from\": \"t.gateway\", \"to\": \"t.server\", \"protocol\": \"TCP\", \"ports\": \"443\","
                + " \"purpose\": \"p\", \"reference\": {\"document\": \"doc\", \"section\": \"S\"}" + fields + "}";
    }

    private static List<CatalogProblem> problemsOf(Source... sources) {
        try {
            CatalogLoader.load(List.of(sources));
        } catch (CatalogException e) {
            return e.problems();
        }
        throw new AssertionError("the catalog loaded without a problem");
    }

    @Test
    void shippedCatalogsLoadWithoutAProblem() {
        Catalog catalog = CatalogLoader.loadBuiltIn();

        assertThat(catalog.files()).containsExactly("common.json", "citrix.json", "hp-anyware.json", "parallels-ras.json",
                "pcoip.json", "teradici-cas.json");
        assertThat(catalog.types()).hasSizeGreaterThan(70);
        assertThat(catalog.rules()).hasSizeGreaterThan(300);
    }

    @Test
    void everyShippedRuleNamesItsDocumentAndSection() {
        Catalog catalog = CatalogLoader.loadBuiltIn();

        assertThat(catalog.rules()).allSatisfy(rule -> {
            assertThat(rule.reference().document()).isNotBlank();
            assertThat(rule.reference().section()).isNotBlank();
            assertThat(rule.purpose()).isNotBlank();
        });
    }

    @Test
    void validRuleIsRead() {
        Catalog catalog = CatalogLoader.load(List.of(file("a.json", rule(", \"condition\": \"ssl\", \"optional\": true"))));

        PortRule rule = catalog.rule("t.rule").orElseThrow();
        assertThat(rule.protocol()).isEqualTo(Protocol.TCP);
        assertThat(rule.ports().toString()).isEqualTo("443");
        assertThat(rule.condition()).containsExactly("ssl");
        assertThat(rule.optional()).isTrue();
        assertThat(rule.reference()).isEqualTo(new Reference("Test ports", "S", null));
        assertThat(rule.source()).isEqualTo("a.json");
    }

    @Test
    void tcpUdpRowBecomesOneRulePerProtocol() {
        Catalog catalog = CatalogLoader.load(List.of(file("a.json",
                rule("").replace("\"protocol\": \"TCP\"", "\"protocol\": \"TCP/UDP\""))));

        assertThat(catalog.rules()).extracting(PortRule::id, PortRule::protocol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t.rule-tcp", Protocol.TCP),
                        org.assertj.core.groups.Tuple.tuple("t.rule-udp", Protocol.UDP));
    }

    @Test
    void ipProtocolRuleCarriesItsNumberAndNoPorts() {
        Catalog catalog = CatalogLoader.load(List.of(file("a.json",
                rule("").replace("\"protocol\": \"TCP\", \"ports\": \"443\"", "\"protocol\": \"IP\", \"ipProtocol\": 112"))));

        PortRule rule = catalog.rule("t.rule").orElseThrow();
        assertThat(rule.protocolText()).isEqualTo("IP 112");
        assertThat(rule.ports().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            port above 65535            | "ports": "70000"                 | $.rules[0].ports     | port 70000 in '70000' is outside 1..65535
            port zero                   | "ports": "0"                     | $.rules[0].ports     | port 0 in '0' is outside 1..65535
            range from port zero        | "ports": "443, 0-1023"           | $.rules[0].ports     | port 0 in '0-1023' is outside 1..65535
            range low above high        | "ports": "6910-6900"             | $.rules[0].ports     | range '6910-6900' has its low end above its high end
            word in a port list         | "ports": "80, https"             | $.rules[0].ports     | 'https' is not a port or a port range
            unknown protocol            | "protocol": "SCTP"               | $.rules[0].protocol  | unknown protocol 'SCTP'
            unknown source type         | "from": "t.nothing"              | $.rules[0].from      | unknown component type 't.nothing'
            unknown destination tag     | "to": "tag:nowhere"              | $.rules[0].to        | unknown tag 'nowhere'
            condition on no feature     | "condition": "edt"               | $.rules[0].condition | condition 'edt' names a feature that neither t.gateway nor t.server has
            missing purpose             | "purpose": null                  | $.rules[0].purpose   | missing "purpose"
            ip protocol without number  | "protocol": "IP", "ports": null  | $.rules[0].ipProtocol | protocol IP needs "ipProtocol"
            tcp without ports           | "ports": ""                      | $.rules[0].ports     | a TCP rule needs "ports"
            icmp with ports             | "protocol": "ICMP"               | $.rules[0].ports     | ICMP has no ports
            misspelt field              | "purpse": "x"                    | $.rules[0].purpse    | unknown field "purpse"
            unknown gateway type        | "viaGateway": ["t.none"]         | $.rules[0].viaGateway[0] | unknown gateway type 't.none'
            required type unknown       | "requires": ["t.none"]           | $.rules[0].requires[0] | unknown component type 't.none'
            absent tag unknown          | "requires": ["!tag:nowhere"]     | $.rules[0].requires[0] | unknown tag 'nowhere'
            required text not a type    | "requires": ["Not A Type"]       | $.rules[0].requires[0] | is neither a type id nor a tag
            outbound as a destination   | "toAddress": "outbound"          | $.rules[0].toAddress | 'outbound' is not an address of a rule's destination
            unknown source address      | "fromAddress": "nsip"            | $.rules[0].fromAddress | 'nsip' is not an address of a rule's source
            setting with ports          | "portSetting": "peer-port"       | $.rules[0].portSetting | gives no "ports"
            setting not declared        | "portSetting": "peer-port", "ports": null | $.rules[0].portSetting | setting 'peer-port' is not declared by every type of t.server
            temporary not a boolean     | "temporary": "yes"               | $.rules[0].temporary | "temporary" must be true or false
            """)
    void brokenRuleIsReportedWithFileAndPath(String what, String override, String path, String message) {
        String fields = "{" + override + "}";
        String broken = mergeInto(rule(""), fields);

        List<CatalogProblem> problems = problemsOf(file("broken.json", broken));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("broken.json");
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
        });
    }

    @Test
    void missingReferenceIsReported() {
        String noReference = rule("").replace(", \"reference\": {\"document\": \"doc\", \"section\": \"S\"}", "");

        assertThat(problemsOf(file("a.json", noReference))).singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.rules[0].reference");
                    assertThat(p.message()).startsWith("missing reference");
                });
    }

    @Test
    void referenceToUndeclaredDocumentIsReported() {
        String unknownDocument = rule("").replace("\"document\": \"doc\"", "\"document\": \"other\"");

        assertThat(problemsOf(file("a.json", unknownDocument)))
                .extracting(CatalogProblem::path, CatalogProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.rules[0].reference.document",
                        "unknown document 'other'; declare it under \"documents\""));
    }

    @Test
    void duplicateTypeIdsAcrossFilesAreReportedAtTheSecond() {
        String second = "{\"vendor\": \"Other\", \"types\": [{\"id\": \"t.server\", \"name\": \"Again\", \"product\": \"P\","
                + " \"category\": \"workload\", \"zone\": \"INTERNAL\"}]}";

        List<CatalogProblem> problems = problemsOf(file("a.json", ""), new Source("b.json", second));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.json");
            assertThat(p.path()).isEqualTo("$.types[0].id");
            assertThat(p.message()).isEqualTo("duplicate type id 't.server' (first in a.json $.types[1])");
        });
    }

    @Test
    void duplicateRuleIdsAreReported() {
        List<CatalogProblem> problems = problemsOf(file("a.json", rule("") + ", " + rule("")));

        assertThat(problems).extracting(CatalogProblem::path).containsExactly("$.rules[1].id");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        String twoBroken = mergeInto(rule(""), "{\"ports\": \"99999\"}") + ", "
                + mergeInto(rule("").replace("t.rule", "t.rule2"), "{\"protocol\": \"XTP\"}");
        Source notJson = new Source("c.json", "{ \"types\": [ ");

        List<CatalogProblem> problems = problemsOf(file("a.json", twoBroken), notJson);

        assertThat(problems).extracting(CatalogProblem::file, CatalogProblem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c.json", "line 1, column 14"),
                org.assertj.core.groups.Tuple.tuple("a.json", "$.rules[0].ports"),
                org.assertj.core.groups.Tuple.tuple("a.json", "$.rules[1].protocol"));
    }

    @Test
    void exceptionMessageListsEveryProblemWithFileAndPath() {
        assertThatThrownBy(() -> CatalogLoader.load(List.of(file("a.json", mergeInto(rule(""), "{\"ports\": \"-1\"}")))))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("The catalog has 1 problem:")
                .hasMessageContaining("a.json $.rules[0].ports: '-1' is not a port or a port range");
    }

    @Test
    void typeWithUnknownCategoryAndZoneKindIsReported() {
        String types = "{\"documents\": [], \"types\": [{\"id\": \"x.y\", \"name\": \"N\", \"vendor\": \"V\", \"product\": \"P\","
                + " \"category\": \"router\", \"zone\": \"LAN\"}]}";

        assertThat(problemsOf(new Source("t.json", types))).extracting(CatalogProblem::path)
                .containsExactly("$.types[0].category", "$.types[0].zone");
    }

    @Test
    void extraFolderIsValidatedLikeTheBuiltInFiles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mine.json"), "{\"vendor\": \"Mine\", \"documents\": [{\"id\": \"m\", \"title\": \"Mine\"}],"
                + " \"types\": [{\"id\": \"mine.box\", \"name\": \"Box\", \"product\": \"Box\", \"category\": \"workload\","
                + " \"zone\": \"INTERNAL\"}],"
                + " \"rules\": [{\"id\": \"mine.box.dns\", \"from\": \"mine.box\", \"to\": \"tag:dns\", \"protocol\": \"UDP\","
                + " \"ports\": \"53\", \"purpose\": \"DNS\", \"reference\": {\"document\": \"m\", \"section\": \"Ports\"}},"
                + " {\"id\": \"mine.box.bad\", \"from\": \"mine.box\", \"to\": \"citrix.vda\", \"protocol\": \"TCP\","
                + " \"ports\": \"1-0\", \"purpose\": \"bad\", \"reference\": {\"document\": \"m\", \"section\": \"Ports\"}}]}");

        assertThatThrownBy(() -> CatalogLoader.loadBuiltInWith(folder))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(folder.resolve("mine.json").toString());
                            assertThat(p.path()).isEqualTo("$.rules[1].ports");
                        }));
    }

    @Test
    void aPortZeroInAnExtraFolderNamesTheFileAndTheFieldOfTheRuleAndTheSetting() throws Exception {
        Path folder = Path.of(CatalogLoaderTest.class.getResource("port-zero").toURI());
        String file = folder.resolve("port-zero.json").toString();

        assertThatThrownBy(() -> CatalogLoader.loadBuiltInWith(folder))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::file, CatalogProblem::path, CatalogProblem::message)
                        .containsExactly(
                                tuple(file, "$.types[0].settings[0].default", "a port setting needs a \"default\" port in 1..65535"),
                                tuple(file, "$.rules[0].ports", "port 0 in '0' is outside 1..65535")))
                .hasMessageContaining(file).hasMessageContaining("$.rules[0].ports");
    }

    @Test
    void extraFolderTypesJoinTheBuiltInCatalog(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("mine.json"), "{\"vendor\": \"Mine\", \"documents\": [{\"id\": \"m\", \"title\": \"Mine\"}],"
                + " \"types\": [{\"id\": \"mine.box\", \"name\": \"Box\", \"product\": \"Box\", \"category\": \"workload\","
                + " \"zone\": \"INTERNAL\"}],"
                + " \"rules\": [{\"id\": \"mine.box.dns\", \"from\": \"mine.box\", \"to\": \"tag:dns\", \"protocol\": \"UDP\","
                + " \"ports\": \"53\", \"purpose\": \"DNS\", \"reference\": {\"document\": \"m\", \"section\": \"Ports\"}}]}");

        Catalog catalog = CatalogLoader.loadBuiltInWith(folder);

        assertThat(catalog.type("mine.box")).isPresent();
        assertThat(catalog.select(catalog.rule("mine.box.dns").orElseThrow().to()))
                .extracting(ComponentType::id).contains("common.dns-server", "common.domain-controller");
    }

    @Test
    void folderThatDoesNotExistIsAProblemNamingIt(@TempDir Path folder) {
        Path missing = folder.resolve("nope");

        assertThatThrownBy(() -> CatalogLoader.loadBuiltInWith(missing))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void extraFolderFileThatIsNotUtf8IsNamed(@TempDir Path folder) throws IOException {
        Path latin1 = folder.resolve("latin1.json");
        Files.write(latin1, "{\"vendor\": \"Soci\u00e9t\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> CatalogLoader.loadBuiltInWith(folder))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(latin1.toString());
                    assertThat(p.message()).contains("not UTF-8 text");
                }));
    }

    @Test
    void fileWithAByteOrderMarkLoadsAndACutOrDoubledFileIsAProblem() {
        String catalog = "{\"vendor\": \"Test\", " + TYPES + ", \"rules\": [" + rule("") + "]}";

        assertThat(CatalogLoader.load(List.of(new Source("bom.json", "\uFEFF" + catalog))).type("t.gateway")).isPresent();
        assertThat(problemsOf(new Source("cut.json", catalog.substring(0, catalog.length() - 10)))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the file ends too early (is it truncated?)"));
        assertThat(problemsOf(new Source("two.json", catalog + "\n{}"))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("two.json");
            assertThat(p.path()).isEqualTo("line 7, column 1");
            assertThat(p.message()).contains("more text follows");
        });
    }

    /** Overrides fields of a JSON object text with those of another (both flat enough for this test). */
    private static String mergeInto(String base, String overrides) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var target = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(base);
            var source = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(overrides);
            source.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    target.remove(e.getKey());
                } else {
                    target.set(e.getKey(), e.getValue());
                }
            });
            return mapper.writeValueAsString(target);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
