package io.portolan.ui.panels;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.Setting;
import io.portolan.edit.Command;
import io.portolan.edit.EditFirewall;
import io.portolan.edit.EditNode;
import io.portolan.edit.EditZone;
import io.portolan.edit.History.MergeKey;
import io.portolan.edit.SetFeature;
import io.portolan.edit.SetRequest;
import io.portolan.model.AddressRole;
import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.panels.InspectorField.Choice;
import io.portolan.ui.panels.InspectorField.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * What the inspector shows for the selection: a node's name, host, address, count and feature switches;
 * a zone's name, kind and address ranges; a firewall's name and zones; the request details when nothing
 * is selected. Each field commits one command; a burst of changes to a number (spinner ticks) is one
 * undo step.
 */
public final class InspectorViewModel {

    private final DesignDocument document;
    private final Selection selection;
    private final Catalog catalog;
    private final ObservableList<InspectorField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final SharedNodeFields shared;
    private ComponentType selectedType;

    public InspectorViewModel(DesignDocument document, Selection selection, Catalog catalog) {
        this.document = document;
        this.selection = selection;
        this.catalog = catalog;
        this.shared = new SharedNodeFields(catalog, document::design, this::run);
        document.designProperty().addListener((o, a, b) -> refresh());
        selection.ids().addListener((SetChangeListener<String>) c -> refresh());
        refresh();
    }

    /** The fields for the current selection. */
    public ObservableList<InspectorField> fields() {
        return fields;
    }

    /** {@code StoreFront}, {@code DMZ}, {@code Request}, {@code 3 items selected}. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the title names: {@code Citrix · StoreFront}, {@code Zone}, ... */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The component type of the selected node, or null. */
    public ComponentType selectedType() {
        return selectedType;
    }

    /** The field of the name in the category, if shown. */
    public Optional<InspectorField> field(String category, String name) {
        return fields.stream().filter(f -> f.category().equals(category) && f.name().equals(name)).findFirst();
    }

    private void refresh() {
        Design design = document.design();
        Set<String> ids = selection.snapshot();
        selectedType = null;
        List<InspectorField> next;
        if (ids.isEmpty()) {
            next = requestFields(design.request());
            title.set("Request");
            subtitle.set("Details for the change-request workbook");
        } else if (ids.size() > 1) {
            next = severalFields(design, ids);
        } else {
            String id = ids.iterator().next();
            next = design.node(id).map(this::nodeFields)
                    .or(() -> design.zone(id).map(this::zoneFields))
                    .or(() -> design.firewall(id).map(f -> firewallFields(design, f)))
                    .orElse(List.of());
        }
        if (!next.equals(fields)) {
            fields.setAll(next);
        }
    }

    /** The fields the selected nodes share, or none when the selection holds no node. */
    private List<InspectorField> severalFields(Design design, Set<String> ids) {
        List<Node> nodes = ids.stream().map(design::node).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Node::id)).toList();
        if (nodes.isEmpty()) {
            title.set(ids.size() + " items selected");
            subtitle.set("Select one item to edit its properties, or several nodes to edit what they share");
            return List.of();
        }
        title.set(nodes.size() == ids.size() ? nodes.size() + " nodes selected"
                : ids.size() + " items selected");
        subtitle.set(nodes.size() == ids.size() ? "A change applies to every selected node"
                : "A change applies to the " + (nodes.size() == 1 ? "selected node" : nodes.size() + " selected nodes")
                + "; zones and firewalls are left as they are");
        return shared.of(nodes);
    }

    private List<InspectorField> nodeFields(Node node) {
        ComponentType type = catalog.type(node.typeId()).orElse(null);
        selectedType = type;
        title.set(node.name());
        subtitle.set(type == null ? "Unknown type " + node.typeId() : type.vendor() + " \u00b7 " + type.name());
        String id = node.id();
        List<InspectorField> list = new ArrayList<>();
        list.add(text("Node", "Name", "Shown on the canvas and in the workbook", node.name(), v -> EditNode.name(id, v)));
        list.add(text("Node", "Host name", "Host name or FQDN, for the firewall team", node.host(), v -> EditNode.host(id, v)));
        list.add(text("Node", "Address", "IP address, CIDR range or first-last range; several separated by commas",
                node.address(), v -> EditNode.address(id, v)));
        list.addAll(extraAddressFields(node, type));
        list.add(text("Node", "Outbound address", "The address its connections come from, when it is not its address "
                + "(a load balancer's subnet IP, a source NAT); empty when they come from its address",
                node.outboundAddress(), v -> EditNode.outboundAddress(id, v)));
        list.add(number("Node", "Count", "How many machines the node stands for", node.count(), id, v -> EditNode.count(id, v)));
        list.add(shared.zone("Node", Set.of(id), node.zoneId()));
        if (type != null) {
            for (Setting setting : type.settings()) {
                int port = node.settings().getOrDefault(setting.id(), setting.defaultValue());
                list.add(new InspectorField("Settings", setting.name(), setting.description() + " (default "
                        + setting.defaultValue() + ")", Kind.PORT, port, List.of(), v -> run(() -> EditNode.setting(id,
                        setting.id(), v.equals(setting.defaultValue()) ? null : (Integer) v))));
            }
            for (Feature feature : type.features()) {
                list.add(new InspectorField("Features", feature.name(), feature.description(), Kind.SWITCH,
                        node.hasFeature(feature.id()), List.of(),
                        v -> run(() -> new SetFeature(Set.of(id), feature.id(), (Boolean) v))));
            }
        }
        return list;
    }

    /** The member and management addresses, for a type that has them or a node that has them set. */
    private List<InspectorField> extraAddressFields(Node node, ComponentType type) {
        String id = node.id();
        List<InspectorField> list = new ArrayList<>(2);
        if (type != null && type.addresses().contains(AddressRole.MEMBERS) || !node.memberAddresses().isEmpty()) {
            list.add(text("Node", "Member addresses", "The members' own addresses when the Address is a virtual one (each "
                    + "appliance or server behind it): what the balancer forwards to and what the members connect from",
                    node.memberAddresses(), v -> EditNode.address(id, AddressRole.MEMBERS, v)));
        }
        if (type != null && type.addresses().contains(AddressRole.MANAGEMENT) || !node.managementAddress().isEmpty()) {
            list.add(text("Node", "Management address", "The appliances' management address (NSIP): administration, high "
                    + "availability and monitoring use it, never the Address users reach", node.managementAddress(),
                    v -> EditNode.address(id, AddressRole.MANAGEMENT, v)));
        }
        return list;
    }

    private List<InspectorField> zoneFields(Zone zone) {
        title.set(zone.name());
        subtitle.set(zone.kind().label() + " zone");
        String id = zone.id();
        List<Choice> kinds = Arrays.stream(ZoneKind.values()).map(k -> new Choice(k.name(), k.label())).toList();
        return List.of(
                text("Zone", "Name", "Shown on the canvas and in the workbook", zone.name(), v -> EditZone.name(id, v)),
                new InspectorField("Zone", "Kind", "What the zone is for; sets its colour and the warnings", Kind.CHOICE,
                        zone.kind().name(), kinds, v -> run(() -> EditZone.kind(id, ZoneKind.valueOf((String) v)))),
                text("Zone", "Address ranges", "CIDR ranges, separated by commas, e.g. 10.0.1.0/24",
                        String.join(", ", zone.cidrs()), v -> EditZone.cidrs(id, Addresses.split(v))));
    }

    private List<InspectorField> firewallFields(Design design, Firewall firewall) {
        title.set(firewall.name());
        subtitle.set("Firewall joining " + firewall.zoneIds().size() + (firewall.zoneIds().size() == 1 ? " zone" : " zones"));
        String id = firewall.id();
        List<Choice> zones = design.zones().stream().map(z -> new Choice(z.id(), z.name())).toList();
        return List.of(
                text("Firewall", "Name", "Named on crossing edges and in the workbook", firewall.name(), v -> EditFirewall.name(id, v)),
                new InspectorField("Firewall", "Zones", "The zones the firewall joins; traffic between them passes it",
                        Kind.MULTI_CHOICE, firewall.zoneIds(), zones, v -> run(() -> EditFirewall.zones(id, ids(v)))));
    }

    private List<InspectorField> requestFields(RequestInfo r) {
        return List.of(
                text("Request", "Title", "What the change is", r.title(),
                        v -> new SetRequest(new RequestInfo(v, r.requester(), r.changeReference(), r.environment(), r.description()))),
                text("Request", "Requester", "Who asks for it", r.requester(),
                        v -> new SetRequest(new RequestInfo(r.title(), v, r.changeReference(), r.environment(), r.description()))),
                text("Request", "Change reference", "The change ticket, e.g. CHG0012345", r.changeReference(),
                        v -> new SetRequest(new RequestInfo(r.title(), r.requester(), v, r.environment(), r.description()))),
                text("Request", "Environment", "Production, test, ...", r.environment(),
                        v -> new SetRequest(new RequestInfo(r.title(), r.requester(), r.changeReference(), v, r.description()))),
                new InspectorField("Request", "Description", "Free text for the firewall team", Kind.LONG_TEXT, r.description(),
                        List.of(), v -> run(() -> new SetRequest(new RequestInfo(r.title(), r.requester(), r.changeReference(),
                        r.environment(), (String) v)))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Object value) {
        return (List<String>) value;
    }

    private InspectorField text(String category, String name, String description, String value, Function<String, Command> edit) {
        return new InspectorField(category, name, description, Kind.TEXT, value, List.of(), v -> run(() -> edit.apply((String) v)));
    }

    /** A number field of one subject, whose changes in quick succession merge into one undo step. */
    private InspectorField number(String category, String name, String description, int value, String subjectId,
                                  Function<Integer, Command> edit) {
        MergeKey key = new MergeKey(category + "/" + name, Set.of(subjectId));
        return new InspectorField(category, name, description, Kind.INTEGER, value, List.of(),
                v -> run(() -> edit.apply((Integer) v), key));
    }

    /** Builds and executes the command; a refused edit comes back as its reason. */
    private Optional<String> run(Supplier<Command> command) {
        return run(command, null);
    }

    /** Builds and executes the command, merged with the edit before it when the keys match; see {@link MergeKey}. */
    private Optional<String> run(Supplier<Command> command, MergeKey key) {
        try {
            document.execute(command.get(), key);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
