package io.portolan.io.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    static Stream<String> names() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    @Test
    void listsTheFourVendorTemplatesInMenuOrder() {
        assertThat(Templates.list()).extracting(Templates.Template::name)
                .containsExactly("citrix-onprem", "citrix-cloud", "parallels-ras", "hp-anyware");
        assertThat(Templates.list()).allSatisfy(t -> {
            assertThat(t.title()).isNotBlank();
            assertThat(t.description()).isNotBlank();
        });
    }

    @Test
    void theWindowsDefaultTemplateIsListed() {
        assertThat(names()).contains(Templates.DEFAULT);
    }

    @ParameterizedTest
    @MethodSource("names")
    void templateAnalysesWithoutWarnings(String name) throws Exception {
        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(Templates.load(name, CATALOG));

        assertThat(analysis.warnings()).isEmpty();
        assertThat(analysis.flowsNeedingRules()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void templateIsARealisticDeployment(String name) throws Exception {
        Design design = Templates.load(name, CATALOG);

        assertThat(design.firewalls()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(design.request().title()).isNotBlank();
        assertThat(design.request().requester()).isNotBlank();
        assertThat(design.request().changeReference()).isNotBlank();
        assertThat(design.request().environment()).isNotBlank();
        assertThat(design.request().description()).isNotBlank();
        assertThat(design.nodes()).allSatisfy(node -> {
            assertThat(node.zoneId()).as(node.name()).isNotNull();
            assertThat(node.host() + node.address()).as(node.name() + " has a host name or an address").isNotBlank();
        });
        assertThat(design.zones()).filteredOn(z -> z.kind() != ZoneKind.CLOUD)
                .allSatisfy(zone -> assertThat(zone.cidrs()).as(zone.name()).isNotEmpty());
        assertThat(design.nodes()).extracting(Node::count).contains(2, 20);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyNodeSitsInsideItsZonesRectangle(String name) throws Exception {
        Design design = Templates.load(name, CATALOG);

        for (Node node : design.nodes()) {
            Zone zone = design.zone(node.zoneId()).orElseThrow();
            assertThat(design.zoneAt(node.position())).as(node.name()).contains(zone);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void templateFitsTheCanvasAtFullSize(String name) throws Exception {
        Design design = Templates.load(name, CATALOG);

        assertThat(design.zones()).allSatisfy(zone -> {
            assertThat(zone.bounds().x()).isGreaterThanOrEqualTo(0);
            assertThat(zone.bounds().y()).isGreaterThanOrEqualTo(0);
            assertThat(zone.bounds().x() + zone.bounds().width()).isLessThanOrEqualTo(1400);
            assertThat(zone.bounds().y() + zone.bounds().height()).isLessThanOrEqualTo(800);
        });
    }

    @Test
    void nodesOfATemplateAreAtLeastOneGridStepApart() throws Exception {
        for (String name : names().toList()) {
            List<Node> nodes = Templates.load(name, CATALOG).nodes();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    double dx = nodes.get(i).position().x() - nodes.get(j).position().x();
                    double dy = nodes.get(i).position().y() - nodes.get(j).position().y();
                    assertThat(Math.hypot(dx, dy)).as(name + ": " + nodes.get(i).name() + " and " + nodes.get(j).name())
                            .isGreaterThanOrEqualTo(130);
                }
            }
        }
    }

    @Test
    void loadingIsCaseInsensitive() throws Exception {
        assertThat(Templates.load("Citrix-OnPrem", CATALOG)).isEqualTo(Templates.load("citrix-onprem", CATALOG));
    }

    @Test
    void unknownTemplateNamesTheKnownOnes() {
        assertThatThrownBy(() -> Templates.load("vmware-horizon", CATALOG))
                .isInstanceOf(Templates.UnknownTemplateException.class)
                .hasMessage("unknown template 'vmware-horizon'; the templates are: citrix-onprem, citrix-cloud, "
                        + "parallels-ras, hp-anyware");
    }
}
