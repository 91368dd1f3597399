package io.portolan.io.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.DesignWarning;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.NodeAddresses;
import io.portolan.model.Point;
import io.portolan.testing.DesignBuilder;
import io.portolan.model.ZoneKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design made with a colleague's catalog folder opens without it: its unknown nodes are kept, flagged and flowless. */
class UnknownComponentTypeTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    @TempDir
    Path folder;

    /** A StoreFront and a node of a type from a catalog file this Portolan does not have, with its features and settings. */
    private static Design designWithAColleaguesType() {
        Design design = DesignBuilder.design().zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL).firewall("fw", "dmz", "lan")
                .node("sf", "citrix.storefront", "lan").build();
        Node portal = new Node("portal", "acme.portal", "Acme portal", "portal.example.com",
                new NodeAddresses("172.16.10.40", "", "172.16.10.41", ""), "dmz", new Point(100, 100), List.of("sso", "ha"), 2,
                Map.of("portal-port", 8443));
        return design.withNode(portal);
    }

    @Test
    void aNodeOfATypeTheCatalogLacksOpensWithWhatTheFileSays() throws Exception {
        Path file = folder.resolve("colleague.portolan");
        DesignFile.write(file, designWithAColleaguesType());

        Design read = DesignFile.read(file, CATALOG);

        Node portal = read.node("portal").orElseThrow();
        assertThat(portal.typeId()).isEqualTo("acme.portal");
        assertThat(portal.features()).containsExactly("ha", "sso");
        assertThat(portal.settings()).containsEntry("portal-port", 8443);
        assertThat(portal.managementAddress()).isEqualTo("172.16.10.41");
    }

    @Test
    void savingItAgainKeepsTheFileByteForByte() throws Exception {
        Path file = folder.resolve("colleague.portolan");
        DesignFile.write(file, designWithAColleaguesType());
        String written = Files.readString(file);

        Path again = folder.resolve("again.portolan");
        DesignFile.write(again, DesignFile.read(file, CATALOG));

        assertThat(Files.readString(again)).isEqualTo(written);
    }

    @Test
    void theUnknownNodeGetsNoFlowsAndAWarningNamingItsType() throws Exception {
        Design read = DesignFile.parse(DesignFile.toJson(designWithAColleaguesType()), "colleague.portolan", CATALOG);

        FlowAnalysis analysis = new FlowEngine(CATALOG).analyze(read);

        assertThat(analysis.flows()).noneMatch(f -> f.source().id().equals("portal") || f.destination().id().equals("portal"));
        assertThat(analysis.warnings()).filteredOn(w -> w.kind() == DesignWarning.Kind.UNKNOWN_TYPE).singleElement()
                .satisfies(w -> {
                    assertThat(w.subjectIds()).containsExactly("portal");
                    assertThat(w.field()).isEqualTo("type");
                    assertThat(w.message()).contains("'Acme portal'", "'acme.portal'", "gets no flows");
                });
    }
}
