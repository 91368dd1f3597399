package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.testing.CommandLineRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code portolan walkthrough}: the sequences that apply to a design, each step with its flows and firewalls. */
class WalkthroughCommandTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path write(String name, Design design) throws Exception {
        Path file = folder.resolve(name + ".portolan");
        DesignFile.write(file, design);
        return file;
    }

    private Path template(String name) throws Exception {
        return write(name, Templates.load(name, CATALOG));
    }

    private static JsonNode json(CommandLineRun result) throws Exception {
        assertThat(result.status()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(field == null ? item.asText() : item.path(field).asText()));
        return values;
    }

    @Test
    void tablePrintsEachStepWithItsFlowsAndTheFirewallsTheyPass() throws Exception {
        CommandLineRun result = run("walkthrough", template("citrix-onprem").toString());

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).contains("Citrix through Citrix Gateway [citrix.gateway-launch], connection: complete, 11 steps");
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("1  ").contains("Client to Citrix Gateway")
                .contains("Remote users -> Citrix Gateway").contains("TCP 443").endsWith("Edge firewall"));
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("10 ")
                .contains("Citrix Gateway -> Session hosts (VDA)").contains("TCP 1494, 2598 | UDP 1494, 2598")
                .endsWith("Internal firewall"));
        assertThat(result.out()).contains("VDA registration with a Delivery Controller [citrix.vda-registration], background")
                .contains("not in this design (optional): Place Citrix Cloud.");
    }

    @Test
    void tableSaysWhichStepsTheDesignCannotCarryAndWhatToPlace() throws Exception {
        Path file = write("no-storefront", Templates.load("citrix-onprem", CATALOG).without(List.of("storefront")));

        CommandLineRun result = run("walkthrough", file.toString(), "--sequence", "citrix.gateway-launch");

        assertThat(result.status()).isZero();
        assertThat(result.outLines()).first().isEqualTo(
                "Citrix through Citrix Gateway [citrix.gateway-launch], connection: 3 of 11 steps missing");
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("3 ")
                .contains("Single sign-on to StoreFront").contains("missing: Place StoreFront."));
    }

    @Test
    void jsonGivesEachSequenceItsStepsWithTheirFlowsAndWhetherTheyAreMissing() throws Exception {
        JsonNode document = json(run("walkthrough", template("parallels-ras").toString(), "--format", "json"));

        JsonNode sequences = document.get("sequences");
        assertThat(texts(sequences, "id")).containsExactly("parallels.halb-launch", "parallels.agent-registration",
                "parallels.licensing");
        JsonNode launch = sequences.get(0);
        assertThat(launch.get("name").asText()).isEqualTo("Parallels RAS through HALB and Secure Client Gateway");
        assertThat(launch.get("kind").asText()).isEqualTo("connection");
        assertThat(launch.get("applies").asBoolean()).isTrue();
        assertThat(launch.get("complete").asBoolean()).isTrue();
        JsonNode first = launch.get("steps").get(0);
        assertThat(first.get("title").asText()).isEqualTo("Client to the HALB");
        assertThat(first.get("missing").asBoolean()).isFalse();
        assertThat(first.get("narrative").asText()).contains("HALB's virtual address");
        assertThat(first.get("reference").get("section").asText()).isEqualTo("HALB APPLIANCE");
        assertThat(texts(first.get("firewalls"), null)).containsExactly("Edge firewall");
        assertThat(first.get("flows")).allSatisfy(flow -> {
            assertThat(flow.get("source").asText()).isEqualTo("Remote users");
            assertThat(flow.get("destination").asText()).isEqualTo("HALB appliances");
            assertThat(texts(flow.get("firewalls"), null)).containsExactly("Edge firewall");
        });
        assertThat(texts(first.get("flows"), "protocol")).contains("TCP", "UDP");
    }

    @Test
    void aSequenceNamedThatDoesNotApplyIsPrintedSayingSo() throws Exception {
        JsonNode document = json(run("walkthrough", template("citrix-onprem").toString(), "--sequence",
                "CITRIX CLOUD THROUGH THE GATEWAY SERVICE", "--format", "json"));

        JsonNode cloud = document.get("sequences").get(0);
        assertThat(cloud.get("id").asText()).isEqualTo("citrix.cloud-launch");
        assertThat(cloud.get("applies").asBoolean()).isFalse();
        assertThat(cloud.get("complete").asBoolean()).isFalse();
        JsonNode signIn = cloud.get("steps").get(0);
        assertThat(signIn.get("missing").asBoolean()).isTrue();
        assertThat(texts(signIn.get("place"), null)).containsExactly("citrix.cloud");
        assertThat(signIn.get("flows")).isEmpty();
    }

    @Test
    void anUnknownSequenceIsABadArgumentNamingTheKnownOnes() throws Exception {
        CommandLineRun result = run("walkthrough", template("hp-anyware").toString(), "--sequence", "nope");

        assertThat(result.status()).isEqualTo(PortolanCommand.EXIT_ERROR);
        assertThat(result.err()).startsWith("portolan: no sequence 'nope' in the catalog; known: citrix.gateway-launch, ")
                .contains("hp.anyware-launch");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aDesignNoSequenceAppliesToSaysSo() throws Exception {
        Path file = write("empty", Design.empty());

        CommandLineRun result = run("walkthrough", file.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualToIgnoringNewLines("No connection sequence of the catalog applies to this design.");
        assertThat(json(run("walkthrough", file.toString(), "--format", "json")).get("sequences")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"citrix-onprem", "citrix-cloud", "parallels-ras", "hp-anyware"})
    void everyTemplateCarriesACompleteConnectionSequence(String name) throws Exception {
        JsonNode sequences = json(run("walkthrough", template(name).toString(), "--format", "json")).get("sequences");

        assertThat(sequences).anySatisfy(s -> {
            assertThat(s.get("kind").asText()).isEqualTo("connection");
            assertThat(s.get("complete").asBoolean()).isTrue();
        });
    }
}
