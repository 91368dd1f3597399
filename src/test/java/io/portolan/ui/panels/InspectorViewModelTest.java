package io.portolan.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

    private static Catalog catalog;
    private static Design template;
    private final Selection selection = new Selection();
    private DesignDocument document;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogLoader.loadBuiltIn();
        template = Templates.load("citrix-onprem", catalog);
    }

    private InspectorViewModel model() {
        document = new DesignDocument(new FlowEngine(catalog), template);
        return new InspectorViewModel(document, selection, catalog);
    }

    @Test
    void nothingSelectedShowsTheRequestDetails() {
        InspectorViewModel model = model();
        assertThat(model.titleProperty().get()).isEqualTo("Request");
        InspectorField title = model.field("Request", "Title").orElseThrow();
        assertThat(title.value()).isEqualTo(template.request().title());
        assertThat(title.commit().apply("Citrix for Contoso")).isEmpty();
        assertThat(document.design().request().title()).isEqualTo("Citrix for Contoso");
        assertThat(document.design().request().requester()).isEqualTo(template.request().requester());
    }

    @Test
    void aNodeShowsItsPropertiesAndOneSwitchPerFeature() {
        InspectorViewModel model = model();
        selection.select("vda");
        assertThat(model.titleProperty().get()).isEqualTo("Session hosts (VDA)");
        assertThat(model.field("Node", "Count").orElseThrow().value()).isEqualTo(20);
        long switches = model.fields().stream().filter(f -> f.kind() == InspectorField.Kind.SWITCH).count();
        assertThat(switches).isEqualTo(catalog.type("citrix.vda").orElseThrow().features().size());
    }

    /** A catalog with an appliance that has a management address and a server with a port setting. */
    private static Catalog acmeCatalog() {
        String acme = """
                {"vendor": "Acme", "documents": [{"id": "acme-ports", "title": "Acme ports"}],
                 "types": [
                   {"id": "acme.balancer", "name": "Balancer", "product": "Acme", "category": "gateway", "zone": "DMZ",
                    "addresses": ["management", "members"]},
                   {"id": "acme.portal", "name": "Portal", "product": "Acme", "category": "broker", "zone": "INTERNAL",
                    "settings": [{"id": "peer-port", "name": "Peer port", "kind": "port", "default": 93,
                                  "description": "Chosen in the config file"}]}],
                 "rules": [
                   {"id": "acme.portal.peer", "from": "acme.portal", "to": "acme.portal", "protocol": "TCP",
                    "portSetting": "peer-port", "purpose": "Peers", "reference": {"document": "acme-ports", "section": "Portal"}}]}
                """;
        List<CatalogLoader.Source> sources = new java.util.ArrayList<>(CatalogLoader.builtInSources());
        sources.add(new CatalogLoader.Source("acme.json", acme));
        return CatalogLoader.load(sources);
    }

    @Test
    void aNodeShowsTheAddressesItsTypeHasAndItsSettingsWithTheirDefaults() {
        Catalog acme = acmeCatalog();
        Design design = io.portolan.testing.DesignBuilder.design().zone("dmz", ZoneKind.DMZ)
                .node("lb", "acme.balancer", "dmz").node("portal", "acme.portal", "dmz").build();
        document = new DesignDocument(new FlowEngine(acme), design);
        InspectorViewModel model = new InspectorViewModel(document, selection, acme);

        selection.select("lb");
        assertThat(model.fields()).extracting(InspectorField::name).containsSubsequence("Address", "Member addresses",
                "Management address", "Outbound address");
        assertThat(model.field("Node", "Management address").orElseThrow().commit().apply("172.16.10.21")).isEmpty();
        assertThat(document.design().node("lb").orElseThrow().managementAddress()).isEqualTo("172.16.10.21");
        assertThat(model.field("Node", "Management address").orElseThrow().commit().apply("172.16.10.999")).isPresent();

        selection.select("portal");
        assertThat(model.fields()).extracting(InspectorField::name).doesNotContain("Management address", "Member addresses");
        InspectorField port = model.field("Settings", "Peer port").orElseThrow();
        assertThat(port.kind()).isEqualTo(InspectorField.Kind.PORT);
        assertThat(port.value()).isEqualTo(93);
        assertThat(port.commit().apply(8093)).isEmpty();
        assertThat(document.design().node("portal").orElseThrow().settings()).containsEntry("peer-port", 8093);
        assertThat(model.field("Settings", "Peer port").orElseThrow().commit().apply(93)).isEmpty();
        assertThat(document.design().node("portal").orElseThrow().settings()).isEmpty();
    }

    @Test
    void countChangesInQuickSuccessionAreOneUndoStep() {
        InspectorViewModel model = model();
        selection.select("vda");
        for (int count = 21; count <= 23; count++) {
            assertThat(model.field("Node", "Count").orElseThrow().commit().apply(count)).isEmpty();
        }
        assertThat(document.design().node("vda").orElseThrow().count()).isEqualTo(23);
        document.undo();
        assertThat(document.design()).isEqualTo(template);
    }

    @Test
    void countChangesOfTwoNodesAreTwoUndoSteps() {
        InspectorViewModel model = model();
        selection.select("vda");
        model.field("Node", "Count").orElseThrow().commit().apply(21);
        selection.select("storefront");
        model.field("Node", "Count").orElseThrow().commit().apply(3);
        document.undo();
        assertThat(document.design().node("vda").orElseThrow().count()).isEqualTo(21);
    }

    @Test
    void anInvalidAddressIsRefusedWithTheReason() {
        InspectorViewModel model = model();
        selection.select("storefront");
        InspectorField address = model.field("Node", "Address").orElseThrow();
        assertThat(address.commit().apply("10.10.20.300")).get().asString().contains("10.10.20.300");
        assertThat(document.design()).isEqualTo(template);
        assertThat(model.field("Node", "Address").orElseThrow().commit().apply("10.10.20.21, 10.10.20.22")).isEmpty();
        assertThat(document.design().node("storefront").orElseThrow().address()).isEqualTo("10.10.20.21, 10.10.20.22");
    }

    @Test
    void outboundAddressSitsUnderTheAddressAndExplainsItself() {
        InspectorViewModel model = model();
        selection.select("gateway");
        List<String> names = model.fields().stream().map(InspectorField::name).toList();
        // the Gateway's type has a management address: it sits between the two
        assertThat(names).containsSubsequence("Address", "Management address", "Outbound address");
        assertThat(names.indexOf("Outbound address")).isEqualTo(names.indexOf("Management address") + 1);
        InspectorField outbound = model.field("Node", "Outbound address").orElseThrow();
        assertThat(outbound.value()).isEqualTo("172.16.10.11");
        assertThat(outbound.description()).contains("connections come from", "subnet IP");
    }

    @Test
    void editingTheOutboundAddressIsOneUndoStepAndRefusesWhatIsNotAnAddress() {
        InspectorViewModel model = model();
        selection.select("gateway");
        assertThat(model.field("Node", "Outbound address").orElseThrow().commit().apply("snip.example.com")).get().asString()
                .contains("snip.example.com");
        assertThat(document.design()).isEqualTo(template);
        assertThat(document.undoTextProperty().get()).isEmpty();

        assertThat(model.field("Node", "Outbound address").orElseThrow().commit().apply(" 172.16.10.12 ")).isEmpty();
        assertThat(document.design().node("gateway").orElseThrow().sourceAddress()).isEqualTo("172.16.10.12");
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Set outbound address");

        document.undo();
        assertThat(document.design()).isEqualTo(template);
        assertThat(document.undoTextProperty().get()).isEmpty();
    }

    @Test
    void clearingTheOutboundAddressMakesTheNodeConnectFromItsAddress() {
        InspectorViewModel model = model();
        selection.select("gateway");
        assertThat(model.field("Node", "Outbound address").orElseThrow().commit().apply("")).isEmpty();
        assertThat(document.design().node("gateway").orElseThrow().sourceAddress()).isEqualTo("172.16.10.10");
    }

    @Test
    void switchingAFeatureChangesTheFlowsAtOnce() {
        InspectorViewModel model = model();
        selection.select("vda");
        String html5 = catalog.type("citrix.vda").orElseThrow().feature("html5").orElseThrow().name();
        int before = document.analysis().flows().size();
        assertThat(model.field("Features", html5).orElseThrow().commit().apply(true)).isEmpty();
        assertThat(document.analysis().flows()).hasSizeGreaterThan(before)
                .anyMatch(f -> f.destination().id().equals("vda") && f.ports().contains(8008));
    }

    @Test
    void aZoneShowsNameKindAndRangesAndRefusesABadRange() {
        InspectorViewModel model = model();
        selection.select("dmz");
        assertThat(model.field("Zone", "Kind").orElseThrow().value()).isEqualTo("DMZ");
        assertThat(model.field("Zone", "Address ranges").orElseThrow().commit().apply("172.16.10.0")).isPresent();
        assertThat(model.field("Zone", "Kind").orElseThrow().commit().apply("CUSTOM")).isEmpty();
        assertThat(document.design().zone("dmz").orElseThrow().kind()).isEqualTo(ZoneKind.CUSTOM);
    }

    @Test
    void aFirewallShowsItsZonesAsChoices() {
        InspectorViewModel model = model();
        selection.select("fw-edge");
        InspectorField zones = model.field("Firewall", "Zones").orElseThrow();
        assertThat(zones.value()).isEqualTo(List.of("internet", "dmz"));
        assertThat(zones.choices()).hasSize(template.zones().size());
        assertThat(zones.commit().apply(List.of("internet", "dmz", "internal"))).isEmpty();
        assertThat(document.design().firewall("fw-edge").orElseThrow().zoneIds()).containsExactly("internet", "dmz", "internal");
    }

    @Test
    void severalNodesShowTheFieldsTheyShareWithMixedValuesIndeterminate() {
        InspectorViewModel model = model();
        selection.set(List.of("gateway", "vda"));

        assertThat(model.titleProperty().get()).isEqualTo("2 nodes selected");
        assertThat(model.field(SharedNodeFields.CATEGORY, "Count").orElseThrow().mixed()).isTrue();
        InspectorField zone = model.field(SharedNodeFields.CATEGORY, "Zone").orElseThrow();
        assertThat(zone.mixed()).isTrue();
        assertThat(zone.kind()).isEqualTo(InspectorField.Kind.CHOICE);
        assertThat(zone.choices()).extracting(InspectorField.Choice::id).containsExactlyElementsOf(
                template.zones().stream().map(z -> z.id()).toList());
        // the Gateway and the VDA both have EDT, switched on in both; nothing else of theirs is shared
        assertThat(model.fields()).filteredOn(f -> f.kind() == InspectorField.Kind.SWITCH)
                .extracting(InspectorField::name, InspectorField::value).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(catalog.type("citrix.vda").orElseThrow().feature("edt").orElseThrow().name(),
                                true));
        assertThat(model.fields()).noneMatch(f -> f.name().equals("Name") || f.name().equals("Address"));
    }

    @Test
    void aCountGivenToSeveralNodesIsOneUndoStep() {
        InspectorViewModel model = model();
        selection.set(List.of("gateway", "vda", "storefront"));

        assertThat(model.field(SharedNodeFields.CATEGORY, "Count").orElseThrow().commit().apply(3)).isEmpty();

        assertThat(List.of("gateway", "vda", "storefront")).allSatisfy(id ->
                assertThat(document.design().node(id).orElseThrow().count()).isEqualTo(3));
        assertThat(model.field(SharedNodeFields.CATEGORY, "Count").orElseThrow().value()).isEqualTo(3);
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Set count of 3 nodes");
        document.undo();
        assertThat(document.design()).isEqualTo(template);
    }

    @Test
    void aSharedSwitchSetForSeveralNodesIsOneUndoStepAndAMixedOneShowsSo() {
        InspectorViewModel model = model();
        String edt = catalog.type("citrix.vda").orElseThrow().feature("edt").orElseThrow().name();
        selection.set(List.of("gateway", "vda"));

        assertThat(model.field(SharedNodeFields.FEATURES, edt).orElseThrow().commit().apply(false)).isEmpty();
        assertThat(document.design().node("gateway").orElseThrow().hasFeature("edt")).isFalse();
        assertThat(document.design().node("vda").orElseThrow().hasFeature("edt")).isFalse();
        document.undo();
        assertThat(document.design()).isEqualTo(template);

        document.execute(new io.portolan.edit.SetFeature(java.util.Set.of("vda"), "edt", false));
        assertThat(model.field(SharedNodeFields.FEATURES, edt).orElseThrow().mixed()).isTrue();
    }

    @Test
    void choosingAZoneForSeveralNodesMovesThemIntoItInOneStep() {
        InspectorViewModel model = model();
        selection.set(List.of("storefront", "license", "admin"));

        assertThat(model.field(SharedNodeFields.CATEGORY, "Zone").orElseThrow().commit().apply("dmz")).isEmpty();

        Design moved = document.design();
        for (String id : List.of("storefront", "license", "admin")) {
            io.portolan.model.Node node = moved.node(id).orElseThrow();
            assertThat(node.zoneId()).isEqualTo("dmz");
            assertThat(moved.zoneAt(node.position()).map(z -> z.id())).hasValue("dmz");
        }
        assertThat(model.field(SharedNodeFields.CATEGORY, "Zone").orElseThrow().value()).isEqualTo("dmz");
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move 3 nodes to DMZ");
        document.undo();
        assertThat(document.design()).isEqualTo(template);
    }

    @Test
    void aSingleNodesZoneIsChosenFromTheZones() {
        InspectorViewModel model = model();
        selection.select("sql");
        InspectorField zone = model.field("Node", "Zone").orElseThrow();
        assertThat(zone.kind()).isEqualTo(InspectorField.Kind.CHOICE);
        assertThat(zone.value()).isEqualTo("internal");

        assertThat(zone.commit().apply("management")).isEmpty();

        assertThat(document.design().node("sql").orElseThrow().zoneId()).isEqualTo("management");
        assertThat(model.field("Node", "Zone").orElseThrow().value()).isEqualTo("management");
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move SQL Server to Management");
    }

    @Test
    void aSelectionWithoutNodesStillAsksForOneItem() {
        InspectorViewModel model = model();
        selection.set(List.of("dmz", "internal"));
        assertThat(model.titleProperty().get()).isEqualTo("2 items selected");
        assertThat(model.fields()).isEmpty();
    }
}
